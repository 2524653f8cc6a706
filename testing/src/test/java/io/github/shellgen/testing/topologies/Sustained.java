package io.github.shellgen.testing.topologies;

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * The README's kind of topology with input that never ends: a reliable Python spout that emits as
 * fast as it is asked, a split and a count bolt, and no setting touched.
 */
@Topology(name = "sustained")
public interface Sustained {

    @PythonSpout(script = "sustainedspout.py", fields = "sentence")
    interface Sentences {}

    @PythonBolt(script = "sustainedsplit.py", fields = "word")
    @ShuffleGrouping(from = Sentences.class)
    interface Split {}

    @PythonBolt(script = "sustainedcount.py", fields = {"word", "count"})
    @FieldsGrouping(from = Split.class, fields = "word")
    interface Count {}
}
