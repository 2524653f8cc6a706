package io.github.shellgen.benchmarks.variants.generated;

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
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The benchmark word count as a storm-shellgen user writes it; the processor generates the rest.
 * Every component asks for Storm's own storm.py ({@link PythonRuntime#STOCK}): this variant
 * measures the generated wrappers against the hand-written ones, with the same scripts and the same
 * Python library, so the only difference is who wrote the Java.
 */
@Topology(name = "benchwordcount")
public interface BenchWordCount {

    @PythonSpout(id = SPOUT_ID, script = SPOUT_SCRIPT, fields = "sentence", parallelism = SPOUT_PARALLELISM,
            runtime = PythonRuntime.STOCK)
    interface Sentences {}

    @PythonBolt(id = SPLITTER_ID, script = SPLITTER_SCRIPT, fields = "word", parallelism = SPLITTER_PARALLELISM,
            runtime = PythonRuntime.STOCK)
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(id = COUNTER_ID, script = COUNTER_SCRIPT, fields = {"word", "count"},
            parallelism = COUNTER_PARALLELISM, runtime = PythonRuntime.STOCK)
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
