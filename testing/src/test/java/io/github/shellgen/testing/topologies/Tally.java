package io.github.shellgen.testing.topologies;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.Stateful;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;
import org.apache.storm.state.InMemoryKeyValueStateProvider;

/**
 * A stateful Python bolt (tally.py) counting the words of the sentences tallyspout.py replays until
 * acked, its state in the worker's memory, checkpointed five times a second; each time the script is
 * given its state it says how many keys it has, on stream "inits".
 */
@Topology(name = "tally", stateProvider = InMemoryKeyValueStateProvider.class, checkpointEvery = "200ms")
public interface Tally {

    @PythonSpout(script = "tallyspout.py", fields = {"id", "sentence"})
    interface Sentences {}

    @PythonBolt(script = "tally.py", fields = {"word", "count"}, streams = @Stream(id = "inits", fields = "keys"))
    @Stateful
    @FieldsGrouping(from = Sentences.class, fields = "id")
    interface Counts {}
}
