package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;
import io.github.shellgen.Window;

/** Windows of processing time, sliding and tumbling, over the same events (events.py, windows.py). */
@Topology(name = "time-windows")
public interface TimeWindows {

    @PythonSpout(script = "events.py", fields = {"n", "ts"})
    interface Events {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "1s", every = "500ms")
    @ShuffleGrouping(from = Events.class)
    interface Sliding {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "700ms")
    @ShuffleGrouping(from = Events.class)
    interface Tumbling {}
}
