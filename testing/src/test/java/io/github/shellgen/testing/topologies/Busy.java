package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** A bolt that goes into an endless computation on its second tuple. */
@Topology(name = "busy")
public interface Busy {

    @PythonSpout(script = "endlessspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "busy.py", fields = "word")
    @ShuffleGrouping(from = Source.class)
    interface Compute {}
}
