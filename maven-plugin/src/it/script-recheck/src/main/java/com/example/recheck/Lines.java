package com.example.recheck;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

@Topology(name = "lines")
public interface Lines {

    @PythonSpout(script = "linespout.py", fields = "line")
    interface Reader {}

    @PythonBolt(script = "split.py", fields = "word")
    @ShuffleGrouping(from = Reader.class)
    interface Splitter {}
}
