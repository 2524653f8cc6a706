package io.github.shellgen.benchmarks.variants.fastpath;

import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_SCRIPT;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPLITTER_SCRIPT;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_PARALLELISM;
import static io.github.shellgen.benchmarks.variants.WordCountShape.SPOUT_SCRIPT;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The benchmark word count with storm-shellgen's defaults: the same scripts as every Python
 * variant, run on storm-shellgen's Python runtime, in a topology whose generated configuration
 * lets idle executors sleep. Nothing here asks for the fast path: it is what a user gets.
 */
@Topology(name = "benchwordcount-fast")
public interface FastWordCount {

    @PythonSpout(id = SPOUT_ID, script = SPOUT_SCRIPT, fields = "sentence", parallelism = SPOUT_PARALLELISM)
    interface Sentences {}

    @PythonBolt(id = SPLITTER_ID, script = SPLITTER_SCRIPT, fields = "word", parallelism = SPLITTER_PARALLELISM)
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(id = COUNTER_ID, script = COUNTER_SCRIPT, fields = {"word", "count"},
            parallelism = COUNTER_PARALLELISM)
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
