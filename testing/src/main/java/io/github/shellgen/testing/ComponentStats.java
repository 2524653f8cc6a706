package io.github.shellgen.testing;

import java.util.Map;

/**
 * What one component did in a run. For a spout, {@code acked} and {@code failed} count its tuple
 * trees; for a bolt, the input tuples it acked or failed.
 *
 * @param id the component id
 * @param kind {@code "spout"} or {@code "bolt"}
 * @param runs the command of a shell component, else its class
 * @param emittedByStream tuples emitted, per stream id
 * @param executed tuples a bolt was given (tick tuples not counted); 0 for a spout
 * @param acked acked tuples (trees, for a spout)
 * @param failed failed tuples (trees, for a spout)
 */
public record ComponentStats(
        String id, String kind, String runs, Map<String, Long> emittedByStream, long executed, long acked, long failed) {

    public ComponentStats {
        emittedByStream = Map.copyOf(emittedByStream);
    }

    /** Tuples emitted on every stream. */
    public long emitted() {
        return emittedByStream.values().stream().mapToLong(Long::longValue).sum();
    }
}
