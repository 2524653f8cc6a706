package io.github.shellgen.benchmarks.variants.stateful;

import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_ID;
import static io.github.shellgen.benchmarks.variants.WordCountShape.COUNTER_PARALLELISM;
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
import io.github.shellgen.Stateful;
import io.github.shellgen.Topology;
import org.apache.storm.state.InMemoryKeyValueStateProvider;

/**
 * The fast path's word count with a stateful counter: the counts in state Storm checkpoints (in
 * memory, every second, Storm's default), the rest as {@code FastWordCount}. What checkpointing costs.
 */
@Topology(name = "benchwordcount-stateful", stateProvider = InMemoryKeyValueStateProvider.class)
public interface StatefulWordCount {

    @PythonSpout(id = SPOUT_ID, script = SPOUT_SCRIPT, fields = "sentence", parallelism = SPOUT_PARALLELISM)
    interface Sentences {}

    @PythonBolt(id = SPLITTER_ID, script = SPLITTER_SCRIPT, fields = "word", parallelism = SPLITTER_PARALLELISM)
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(id = COUNTER_ID, script = "statefulcountbolt.py", fields = {"word", "count"},
            parallelism = COUNTER_PARALLELISM)
    @Stateful
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
