package io.github.shellgen.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.storm.utils.Utils;

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

    /**
     * One row per component (emitted, executed, acked, failed, what it runs), then a line of the
     * tuples emitted on other streams than the default, if any: the table {@code shellgen:run}
     * prints at the end of a run and {@code shellgen:status} prints of a topology on a cluster.
     */
    public static String table(Collection<ComponentStats> components) {
        StringBuilder out = new StringBuilder();
        int idWidth = Math.max("component".length(),
                components.stream().mapToInt(c -> c.id().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-5s  %10s  %10s  %10s  %8s  %s%n";
        out.append(String.format(Locale.ROOT, row, "component", "kind", "emitted", "executed", "acked", "failed",
                "runs"));
        for (ComponentStats c : components) {
            out.append(String.format(Locale.ROOT, row, c.id(), c.kind(), number(c.emitted()),
                    c.kind().equals("spout") ? "-" : number(c.executed()), number(c.acked()), number(c.failed()),
                    c.runs()));
        }
        List<String> streams = new ArrayList<>();
        components.forEach(c -> c.emittedByStream().forEach((stream, count) -> {
            if (!stream.equals(Utils.DEFAULT_STREAM_ID)) {
                streams.add(c.id() + "/" + stream + " " + number(count));
            }
        }));
        if (!streams.isEmpty()) {
            out.append(TestingMessage.REPORT_OTHER_STREAMS.format(String.join(", ", streams)));
        }
        return out.toString();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
