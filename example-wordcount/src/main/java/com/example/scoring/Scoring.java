package com.example.scoring;

import io.github.shellgen.Batch;
import io.github.shellgen.Env;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * Scores events with a numpy model in a batch bolt: the scorer's script gets up to 256 events at a
 * time and scores them with one matrix product. numpy, a package with native code, is vendored into
 * the jar from {@code requirements.txt}. {@link TupleScoring} is the same topology scoring one event
 * at a time, for comparison ({@code mvn -q -Pscoring package} measures both).
 */
@Topology(name = "scoring")
public interface Scoring {

    /** Events [id, 16 features], {@code scoring.events} of them (default 2000). */
    @PythonSpout(script = "eventspout.py", fields = {"id", "features"})
    interface Events {}

    /** Each event's score, a batch at a time. */
    @PythonBolt(script = "scorer.py", fields = {"id", "score"}, parallelism = 2,
            env = @Env(name = "OPENBLAS_NUM_THREADS", value = "1"))
    @Batch(maxSize = 256, maxWait = "5ms")
    @ShuffleGrouping(from = Events.class)
    interface Scorer {}
}
