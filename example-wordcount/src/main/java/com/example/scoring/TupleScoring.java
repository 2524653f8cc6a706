package com.example.scoring;

import io.github.shellgen.Env;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/** {@link Scoring} with a scorer that takes one event at a time (a BasicBolt): the same model, the same output. */
@Topology(name = "tuplescoring")
public interface TupleScoring {

    @PythonSpout(script = "eventspout.py", fields = {"id", "features"})
    interface Events {}

    @PythonBolt(script = "tuplescorer.py", fields = {"id", "score"}, parallelism = 2,
            env = @Env(name = "OPENBLAS_NUM_THREADS", value = "1"))
    @ShuffleGrouping(from = Events.class)
    interface Scorer {}
}
