package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;
import io.github.shellgen.Window;

/**
 * Windows of event time (the field ts), sliding with a lag for out-of-order events, late events on
 * a stream of their own (events.py, windows.py).
 */
@Topology(name = "event-time-windows")
public interface EventTimeWindows {

    @PythonSpout(script = "events.py", fields = {"n", "ts"})
    interface Events {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"},
            streams = @Stream(id = "late", fields = {"n", "ts"}))
    @Window(length = "2s", every = "1s", timestampField = "ts", maxLag = "500ms", watermarkEvery = "100ms",
            lateStream = "late")
    @ShuffleGrouping(from = Events.class)
    interface Sliding {}
}
