package io.github.shellgen;

/**
 * What a Storm executor thread with nothing to do does before it sleeps, as {@link Topology#idleWait()}
 * sets it in the generated topology configuration ({@code <Name>Topology.config()} and the Flux
 * file's {@code config:}).
 *
 * <p>By default Storm's idle bolt executors first spin: up to
 * {@code topology.bolt.wait.progressive.level2.count} (1000) rounds of a 1 ns park, then 1 ms
 * sleeps. A shell component's executor is idle most of the time, waiting for its Python process;
 * on a machine with few cores those spins take the CPU from the Python processes that do the work.
 * Measured on 2 cores: sleeping at once doubles the throughput of Python components and leaves an
 * all-Java topology's unchanged.
 *
 * <p>Either way, the values stay yours: change them in {@code config()}'s result before
 * submitting, or at deploy time with {@code storm jar ... -c topology.bolt.wait.progressive.level2.count=1000}
 * (command-line options override the topology's configuration, for the generated {@code main} and
 * for Flux alike).
 */
public enum IdleWait {

    /** {@link #SLEEP} when the topology has a shell component (Python or any command); {@link #STORM_DEFAULT} otherwise. */
    AUTO,

    /**
     * Idle executors sleep at once: the configuration sets
     * {@code topology.bolt.wait.progressive.level2.count} and
     * {@code topology.spout.wait.progressive.level2.count} to {@code 0}.
     */
    SLEEP,

    /**
     * Storm's own idle behaviour (from its {@code defaults.yaml} and the cluster's
     * {@code storm.yaml}): the configuration sets neither key.
     */
    STORM_DEFAULT
}
