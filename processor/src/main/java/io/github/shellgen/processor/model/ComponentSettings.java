package io.github.shellgen.processor.model;

import java.util.Set;

/**
 * The Storm configuration keys a shell component's attributes set, and what Storm does with
 * component configuration (read from Storm 2.8.3's {@code Executor.normalizedComponentConf}).
 */
public final class ComponentSettings {

    public static final String TICK_FREQ = "topology.tick.tuple.freq.secs";
    public static final String SHELLBOLT_MAX_PENDING = "topology.shellbolt.max.pending";
    public static final String SUBPROCESS_TIMEOUT = "topology.subprocess.timeout.secs";

    /**
     * The keys of Storm's {@code Config} that Storm keeps in a component's configuration; it drops
     * every other key of {@code Config} from it, silently.
     */
    public static final Set<String> KEPT_STORM_KEYS = Set.of(
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

    private ComponentSettings() {}
}
