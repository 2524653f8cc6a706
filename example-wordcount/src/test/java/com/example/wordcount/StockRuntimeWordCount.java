package com.example.wordcount;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The word count of {@link WordCount}, its components on Storm's own storm.py instead of
 * storm-shellgen's runtime: the same scripts, which the jar's resources/ holds next to storm.py.
 * Keeps the opt-out proven end to end ({@code WordCountIT}).
 */
@Topology(name = "wordcount-stock")
public interface StockRuntimeWordCount {

    @PythonSpout(script = "sentencespout.py", fields = "sentence", runtime = PythonRuntime.STOCK)
    interface Sentences {}

    @PythonBolt(script = "splitbolt.py", fields = "word", parallelism = 2, runtime = PythonRuntime.STOCK)
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(script = "countbolt.py", fields = {"word", "count"}, parallelism = 2, runtime = PythonRuntime.STOCK)
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
