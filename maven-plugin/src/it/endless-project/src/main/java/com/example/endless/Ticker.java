package com.example.endless;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

@Topology(name = "ticker")
public interface Ticker {

    @PythonSpout(script = "tickspout.py", fields = "tick")
    interface Ticks {}

    @PythonBolt(script = "echo.py", fields = "tick")
    @ShuffleGrouping(from = Ticks.class)
    interface Echo {}
}
