package io.github.shellgen.diagram;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A spout or bolt of the picture.
 *
 * @param id the component id
 * @param kind spout or bolt
 * @param runs what it runs: a shell component's command, or a Java component's class
 * @param parallelism its executors
 * @param tasks its tasks, or 0 for one per executor
 * @param maxPending a spout's limit on pending tuple trees ({@code topology.max.spout.pending}, or
 *     storm-shellgen's default for a shell spout); 0 for none, and for a bolt
 * @param pendingByDefault whether {@code maxPending} is storm-shellgen's default, not a value set
 * @param window a bolt's window, or its state, in a few words ("window 10s every 2s", "stateful,
 *     checkpointed"); empty for neither
 * @param count from a run: tuples a spout emitted or a bolt was given; empty in the build's picture
 */
public record Node(String id, Kind kind, String runs, int parallelism, int tasks, int maxPending,
        boolean pendingByDefault, String window, OptionalLong count) {

    /** Spout or bolt. */
    public enum Kind {
        SPOUT, BOLT;

        String label() {
            return this == SPOUT ? "spout" : "bolt";
        }

        /** The kind whose {@link #label()} is {@code label}. */
        static Kind byLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown component kind \"" + label + "\"");
        }
    }

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(count, "count");
    }

    /** A node as the build knows it, without counts. */
    public Node(String id, Kind kind, String runs, int parallelism, int tasks, int maxPending,
            boolean pendingByDefault, String window) {
        this(id, kind, runs, parallelism, tasks, maxPending, pendingByDefault, window, OptionalLong.empty());
    }

    /** A node without a window, as the build knows it. */
    public Node(String id, Kind kind, String runs, int parallelism, int tasks, int maxPending,
            boolean pendingByDefault) {
        this(id, kind, runs, parallelism, tasks, maxPending, pendingByDefault, "");
    }

    /** A node without a pending limit, as the build knows it. */
    public Node(String id, Kind kind, String runs, int parallelism, int tasks) {
        this(id, kind, runs, parallelism, tasks, 0, false);
    }

    Node counted(long tuples) {
        return new Node(id, kind, runs, parallelism, tasks, maxPending, pendingByDefault, window,
                OptionalLong.of(tuples));
    }
}
