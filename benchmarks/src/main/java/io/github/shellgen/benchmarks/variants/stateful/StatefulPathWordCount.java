package io.github.shellgen.benchmarks.variants.stateful;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/** The fast path with a stateful counter: the generated topology and its generated configuration. */
public final class StatefulPathWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        return StatefulWordCountTopology.builder();
    }

    @Override
    public void configure(Config config) {
        config.putAll(StatefulWordCountTopology.config());
    }

    @Override
    public boolean runsStockStormPy() {
        return false;
    }
}
