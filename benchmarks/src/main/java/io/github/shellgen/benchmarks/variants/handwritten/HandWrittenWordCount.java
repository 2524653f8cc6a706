package io.github.shellgen.benchmarks.variants.handwritten;

import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_PARALLELISM;

import io.github.shellgen.benchmarks.variants.WordCountVariant;
import org.apache.storm.topology.TopologyBuilder;
import org.apache.storm.tuple.Fields;

/** The peer: hand-written wrappers around the shared scripts, wired by hand. */
public final class HandWrittenWordCount implements WordCountVariant {

    @Override
    public TopologyBuilder builder() {
        TopologyBuilder builder = new TopologyBuilder();
        builder.setSpout(SPOUT_ID, new HandWrittenSentenceSpout(), SPOUT_PARALLELISM);
        builder.setBolt(SPLITTER_ID, new HandWrittenSplitBolt(), SPLITTER_PARALLELISM)
                .shuffleGrouping(SPOUT_ID);
        builder.setBolt(COUNTER_ID, new HandWrittenCountBolt(), COUNTER_PARALLELISM)
                .fieldsGrouping(SPLITTER_ID, new Fields("word"));
        return builder;
    }
}
