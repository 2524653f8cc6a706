package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** A spout that replays the one tuple its bolt always fails. */
@Topology(name = "always-failing")
public interface AlwaysFailing {

    @PythonSpout(script = "boomspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "upperbolt.py", fields = {"word", "upper"}, parallelism = 2)
    @ShuffleGrouping(from = Source.class)
    interface Upper {}
}
