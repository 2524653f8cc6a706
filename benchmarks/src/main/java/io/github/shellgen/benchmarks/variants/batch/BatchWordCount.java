package io.github.shellgen.benchmarks.variants.batch;

import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_SCRIPT;

import io.github.shellgen.Batch;
import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The fast path's word count with its two bolts written as batch bolts ({@code @Batch} with its
 * defaults: up to 100 tuples, no wait): the splitter splits a batch of sentences, the counter counts
 * a batch of words and emits each word's count once per batch, anchored to that word's tuples.
 */
@Topology(name = "benchwordcount-batch")
public interface BatchWordCount {

    @PythonSpout(id = SPOUT_ID, script = SPOUT_SCRIPT, fields = "sentence", parallelism = SPOUT_PARALLELISM)
    interface Sentences {}

    @PythonBolt(id = SPLITTER_ID, script = "batchsplitbolt.py", fields = "word", parallelism = SPLITTER_PARALLELISM)
    @Batch
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(id = COUNTER_ID, script = "batchcountbolt.py", fields = {"word", "count"},
            parallelism = COUNTER_PARALLELISM)
    @Batch
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
