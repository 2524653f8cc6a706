package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;
import io.github.shellgen.Window;

/**
 * Endless input through a sliding window of processing time, nothing else set: the sustained
 * spout (sustainedspout.py) and a windowed bolt that counts each window (windowcount.py).
 */
@Topology(name = "window-soak")
public interface WindowSoak {

    @PythonSpout(script = "sustainedspout.py", fields = "sentence")
    interface Sentences {}

    @PythonBolt(script = "windowcount.py", fields = {"tuples", "new", "expired"})
    @Window(length = "2s", every = "1s")
    @ShuffleGrouping(from = Sentences.class)
    interface Counts {}
}
