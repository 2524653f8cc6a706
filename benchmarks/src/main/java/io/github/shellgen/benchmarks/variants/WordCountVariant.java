package io.github.shellgen.benchmarks.variants;

import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/**
 * One way to build the benchmark's word count. Every variant has the same shape
 * ({@link WordCountShape}): a spout emitting each corpus sentence with a message id, a splitter
 * and a counter grouped by word, which emits (word, running count).
 */
public interface WordCountVariant {

    /** The spout, splitter and counter, wired; the harness keeps what the counter emits. */
    TopologyBuilder builder();

    /**
     * What this variant changes in the configuration every variant shares, if its point is a
     * configuration change. The variants measured today change nothing.
     */
    default void configure(Config config) {}

    /**
     * Whether the Python processes run the scripts directly ({@code python3 splitbolt.py}), so
     * that {@code import storm} loads Storm's own storm.py from resources/. The harness checks
     * this against the processes it finds, so that a change in the generated code cannot silently
     * change what a row measures. A variant with another Python runtime returns false.
     */
    default boolean runsStockStormPy() {
        return true;
    }
}
