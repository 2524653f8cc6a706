package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** {@link Faults} with the faulty bolt on Storm's own storm.py: nothing checks its emits in Python. */
@Topology(name = "stock-faults")
public interface StockFaults {

    @PythonSpout(script = "numbers.py", fields = "n")
    interface Numbers {}

    @PythonBolt(script = "faulty.py", fields = {"n", "double"}, runtime = PythonRuntime.STOCK)
    @ShuffleGrouping(from = Numbers.class)
    interface Faulty {}
}
