package com.example.wordcount;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The word count: a Python spout emits sentences, a Python bolt splits them into words, another
 * counts them. storm-shellgen generates {@code WordCountTopology}, one Storm component class per
 * nested interface, and {@code /wordcount.yaml} from this interface.
 */
@Topology(name = "wordcount")
public interface WordCount {

    @PythonSpout(script = "sentencespout.py", fields = "sentence")
    interface Sentences {}

    @PythonBolt(script = "splitbolt.py", fields = "word", parallelism = 2)
    @ShuffleGrouping(from = Sentences.class)
    interface Splitter {}

    @PythonBolt(script = "countbolt.py", fields = {"word", "count"}, parallelism = 2)
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
