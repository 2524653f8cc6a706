package io.github.shellgen.processor.model;

import io.github.shellgen.IdleWait;
import io.github.shellgen.processor.storm.StormConfig;
import java.util.List;

/** The settings storm-shellgen puts in a topology's configuration, and why. */
final class ConfigDefaults {

    /*
     * Storm's idle executors park up to level2.count times (1000 for bolts) before they sleep. A
     * shell component's executor mostly waits for its process, and those spins take the CPU from
     * the Python processes: measured on 2 cores, 0 doubles Python throughput and leaves Java's.
     */
    private static final String SLEEP_WHY = "Idle executors sleep at once instead of spinning:"
            + " the CPU goes to the subprocesses (@Topology idleWait).";

    private ConfigDefaults() {}

    static List<ConfigEntry> of(IdleWait idleWait, boolean hasShellComponent) {
        boolean sleep = idleWait == IdleWait.SLEEP || (idleWait == IdleWait.AUTO && hasShellComponent);
        if (!sleep) {
            return List.of();
        }
        return List.of(new ConfigEntry(StormConfig.BOLT_LEVEL2_COUNT, 0, SLEEP_WHY),
                new ConfigEntry(StormConfig.SPOUT_LEVEL2_COUNT, 0, SLEEP_WHY));
    }
}
