package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** A topology whose spout never stops emitting. */
@Topology(name = "endless")
public interface Endless {

    @PythonSpout(script = "endlessspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "upperbolt.py", fields = {"word", "upper"})
    @ShuffleGrouping(from = Source.class)
    interface Upper {}
}
