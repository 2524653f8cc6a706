package io.github.shellgen.processor.storm;

import java.util.Set;

/**
 * The keys of Storm's configuration (and storm-shellgen's runtime's) that the processor sets or
 * judges, and what Storm does with a component's configuration. The attributes that set a key are
 * in {@link Setting}.
 */
public final class StormConfig {

    public static final String WORKERS = "topology.workers";
    public static final String ACKERS = "topology.acker.executors";
    public static final String MESSAGE_TIMEOUT = "topology.message.timeout.secs";
    public static final String MAX_SPOUT_PENDING = "topology.max.spout.pending";
    public static final String DEBUG = "topology.debug";
    public static final String MULTILANG_SERIALIZER = "topology.multilang.serializer";
    public static final String TICK_FREQ = "topology.tick.tuple.freq.secs";
    public static final String SHELLBOLT_MAX_PENDING = "topology.shellbolt.max.pending";
    public static final String SUBPROCESS_TIMEOUT = "topology.subprocess.timeout.secs";
    /** storm-shellgen's runtime's, not Storm's: Storm keeps it in a component's configuration. */
    public static final String RESTARTS_PER_MINUTE = "shellgen.subprocess.restarts.per.minute";

    /** How often an idle bolt's executor parks before it sleeps (Storm's progressive wait strategy). */
    public static final String BOLT_LEVEL2_COUNT = "topology.bolt.wait.progressive.level2.count";
    public static final String SPOUT_LEVEL2_COUNT = "topology.spout.wait.progressive.level2.count";

    /**
     * The keys of Storm's {@code Config} that Storm keeps in a component's configuration (read from
     * Storm 2.8.3's {@code Executor.normalizedComponentConf}); it drops every other key of
     * {@code Config} from it, silently.
     */
    public static final Set<String> KEPT_IN_COMPONENT_CONF = Set.of(
            "topology.debug",
            "topology.max.spout.pending",
            "topology.max.task.parallelism",
            "topology.transactional.id",
            "topology.tick.tuple.freq.secs",
            "topology.sleep.spout.wait.strategy.time.ms",
            "topology.spout.wait.strategy",
            "topology.bolts.window.length.count",
            "topology.bolts.window.length.duration.ms",
            "topology.bolts.sliding.interval.count",
            "topology.bolts.sliding.interval.duration.ms",
            "topology.bolts.tuple.timestamp.max.lag.ms",
            "topology.bolts.message.id.field.name",
            "topology.state.provider",
            "topology.state.provider.config",
            "topology.bolts.late.tuple.stream");

    private StormConfig() {}
}
