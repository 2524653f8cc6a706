package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** A spout that reports how many of its trees were pending at each emit; at most 5 may be. */
@Topology(name = "pending", maxSpoutPending = 5)
public interface Pending {

    @PythonSpout(script = "pendingspout.py", fields = {"n", "pending"})
    interface Numbers {}

    @PythonBolt(script = "slowbolt.py", fields = "n")
    @ShuffleGrouping(from = Numbers.class)
    interface Slow {}
}
