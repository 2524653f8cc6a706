package io.github.shellgen.benchmarks.variants.generated;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.topology.TopologyBuilder;

/**
 * The word count exactly as the generated topology class builds it. Its {@code config()} is not
 * used: every variant runs with the same configuration (BenchmarkConfig).
 */
public final class GeneratedWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        return BenchWordCountTopology.builder();
    }
}
