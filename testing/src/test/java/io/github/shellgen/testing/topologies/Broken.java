package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** A topology with a bolt whose script cannot start. */
@Topology(name = "broken")
public interface Broken {

    @PythonSpout(script = "wordspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "brokenbolt.py", fields = "word")
    @ShuffleGrouping(from = Source.class)
    interface Echo {}
}
