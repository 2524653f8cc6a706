package io.github.shellgen.processor.model;

/** The Storm configuration keys {@code @Topology}'s attributes set. */
public final class TopologySettings {

    public static final String WORKERS = "topology.workers";
    public static final String ACKERS = "topology.acker.executors";
    public static final String MESSAGE_TIMEOUT = "topology.message.timeout.secs";
    public static final String MAX_SPOUT_PENDING = "topology.max.spout.pending";
    public static final String DEBUG = "topology.debug";
    public static final String SERIALIZER = "topology.multilang.serializer";

    private TopologySettings() {}
}
