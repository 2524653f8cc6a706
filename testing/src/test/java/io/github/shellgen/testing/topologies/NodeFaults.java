package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShellBolt;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** {@link Faults} with the faulty bolt on Node.js and Storm's storm.js. */
@Topology(name = "node-faults")
public interface NodeFaults {

    @PythonSpout(script = "numbers.py", fields = "n")
    interface Numbers {}

    @ShellBolt(command = {"node", "faulty.js"}, fields = {"n", "double"})
    @ShuffleGrouping(from = Numbers.class)
    interface Faulty {}
}
