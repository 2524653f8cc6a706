package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** Two bolts that load for 45 s before serving: one on storm-shellgen's runtime, one on Storm's storm.py. */
@Topology(name = "slow-start")
public interface SlowStart {

    @PythonSpout(script = "wordspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "loadingbolt.py", fields = {"word", "upper"})
    @ShuffleGrouping(from = Source.class)
    interface Loading {}

    @PythonBolt(script = "stockloadingbolt.py", fields = {"word", "length"}, runtime = PythonRuntime.STOCK)
    @ShuffleGrouping(from = Source.class)
    interface StockLoading {}
}
