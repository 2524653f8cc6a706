package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;
import io.github.shellgen.Window;

/**
 * Every kind of window on Python bolts (windows.py), each fed by a spout of its own (events.py,
 * whose events the configuration gives per spout): of tuple counts, sliding and tumbling; of
 * processing time, sliding and tumbling; of event time with a lag for out-of-order events, late
 * events on a stream of their own, or, without one, reported.
 */
@Topology(name = "windows")
public interface Windows {

    @PythonSpout(script = "events.py", fields = {"n", "ts"})
    interface Counted {}

    @PythonSpout(script = "events.py", fields = {"n", "ts"})
    interface Timed {}

    @PythonSpout(script = "events.py", fields = {"n", "ts"})
    interface Stamped {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "10 tuples", every = "5 tuples")
    @ShuffleGrouping(from = Counted.class)
    interface CountSliding {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "10 tuples")
    @ShuffleGrouping(from = Counted.class)
    interface CountTumbling {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "1s", every = "500ms")
    @ShuffleGrouping(from = Timed.class)
    interface TimeSliding {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "700ms")
    @ShuffleGrouping(from = Timed.class)
    interface TimeTumbling {}

    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"},
            streams = @Stream(id = "late", fields = {"n", "ts"}))
    @Window(length = "2s", every = "1s", timestampField = "ts", maxLag = "500ms", watermarkEvery = "100ms",
            lateStream = "late")
    @ShuffleGrouping(from = Stamped.class)
    interface EventSliding {}

    /** The same window without a late stream: late tuples are reported, not logged one by one. */
    @PythonBolt(script = "windows.py", fields = {"start", "end", "ns", "new", "expired"})
    @Window(length = "2s", every = "1s", timestampField = "ts", maxLag = "500ms", watermarkEvery = "100ms")
    @ShuffleGrouping(from = Stamped.class)
    interface EventUnasked {}
}
