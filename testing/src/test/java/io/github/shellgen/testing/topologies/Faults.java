package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * A reliable spout and a bolt that commits one fault (faulty.py), on storm-shellgen's Python
 * runtime. The spout has a restart budget of its own.
 */
@Topology(name = "faults")
public interface Faults {

    @PythonSpout(script = "numbers.py", fields = "n", restartsPerMinute = 3)
    interface Numbers {}

    @PythonBolt(script = "faulty.py", fields = {"n", "double"})
    @ShuffleGrouping(from = Numbers.class)
    interface Faulty {}
}
