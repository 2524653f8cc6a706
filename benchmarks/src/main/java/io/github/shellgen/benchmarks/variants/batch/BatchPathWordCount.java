package io.github.shellgen.benchmarks.variants.batch;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/** The fast path with batch bolts: the generated topology and its generated configuration. */
public final class BatchPathWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        return BatchWordCountTopology.builder();
    }

    @Override
    public void configure(Config config) {
        config.putAll(BatchWordCountTopology.config());
    }

    @Override
    public boolean runsStockStormPy() {
        return false;
    }
}
