package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;

/**
 * Bolts that load for 15 s (SLOW_START_SECS) before serving: one on storm-shellgen's runtime, one on Storm's
 * storm.py, and one that then receives nothing.
 */
@Topology(name = "slow-start")
public interface SlowStart {

    @PythonSpout(script = "wordspout.py", fields = "word", streams = @Stream(id = "never", fields = "word"))
    interface Source {}

    /** Loads, then receives nothing: it must answer heartbeats, not be taken for silent. */
    @PythonBolt(script = "loadingbolt.py", fields = {"word", "upper"})
    @ShuffleGrouping(from = Source.class, stream = "never")
    interface Idle {}

    @PythonBolt(script = "loadingbolt.py", fields = {"word", "upper"})
    @ShuffleGrouping(from = Source.class)
    interface Loading {}

    @PythonBolt(script = "stockloadingbolt.py", fields = {"word", "length"}, runtime = PythonRuntime.STOCK)
    @ShuffleGrouping(from = Source.class)
    interface StockLoading {}
}
