package io.github.shellgen.testing.topologies;

import io.github.shellgen.Batch;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;

/**
 * A batch Python bolt (batchsplit.py) splitting the sentences tallyspout.py replays until acked, in
 * batches of up to 8 that wait up to 30 ms; it says each batch's size on stream "sizes".
 */
@Topology(name = "batches")
public interface Batches {

    @PythonSpout(script = "tallyspout.py", fields = {"id", "sentence"})
    interface Sentences {}

    @PythonBolt(script = "batchsplit.py", fields = {"id", "word"}, streams = @Stream(id = "sizes", fields = "size"))
    @Batch(maxSize = 8, maxWait = "30ms")
    @ShuffleGrouping(from = Sentences.class)
    interface Words {}
}
