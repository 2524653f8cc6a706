package io.github.shellgen.benchmarks.variants;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/**
 * A generated topology whose scripts run on storm-shellgen's Python runtime, with what its generated
 * {@code config()} adds to the shared benchmark configuration (the idle-wait settings, and a stateful
 * topology's state provider): the fast path and the variants built on it.
 *
 * @param topology the generated topology class's {@code builder()}
 * @param config the generated topology class's {@code config()}
 */
public record OnShellgenRuntime(Supplier<TopologyBuilder> topology, Supplier<? extends Map<String, Object>> config)
        implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        return topology.get();
    }

    @Override
    public void configure(Config shared) {
        shared.putAll(config.get());
    }

    @Override
    public boolean runsStockStormPy() {
        return false;
    }
}
