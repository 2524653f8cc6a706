package io.github.shellgen.benchmarks.variants.fastpath;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/**
 * storm-shellgen's fast path: the generated topology, plus what its generated {@code config()}
 * adds to the shared benchmark configuration (the idle-wait settings).
 */
public final class FastPathWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        return FastWordCountTopology.builder();
    }

    @Override
    public void configure(Config config) {
        config.putAll(FastWordCountTopology.config());
    }

    @Override
    public boolean runsStockStormPy() {
        return false;
    }
}
