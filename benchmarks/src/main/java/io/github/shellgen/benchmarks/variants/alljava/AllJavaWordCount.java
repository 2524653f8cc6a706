package io.github.shellgen.benchmarks.variants.alljava;

import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_PARALLELISM;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.topology.TopologyBuilder;
import org.apache.storm.tuple.Fields;

/** The limit: the same word count with no subprocess at all. */
public final class AllJavaWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        TopologyBuilder builder = new TopologyBuilder();
        builder.setSpout(SPOUT_ID, new AllJavaSentenceSpout(), SPOUT_PARALLELISM);
        builder.setBolt(SPLITTER_ID, new AllJavaSplitBolt(), SPLITTER_PARALLELISM)
                .shuffleGrouping(SPOUT_ID);
        builder.setBolt(COUNTER_ID, new AllJavaCountBolt(), COUNTER_PARALLELISM)
                .fieldsGrouping(SPLITTER_ID, new Fields("word"));
        return builder;
    }
}
