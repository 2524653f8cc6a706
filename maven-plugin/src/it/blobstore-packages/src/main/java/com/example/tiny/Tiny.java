package com.example.tiny;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

@Topology(name = "tiny")
public interface Tiny {

    @PythonSpout(script = "valuespout.py", fields = "value")
    interface Values {}

    @PythonBolt(script = "say.py", fields = "value")
    @ShuffleGrouping(from = Values.class)
    interface Say {}
}
