package io.github.shellgen.testing.topologies;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;

/** The library's test topology: a Python spout reading words.txt, two Python bolts. */
@Topology(name = "words")
public interface Words {

    @PythonSpout(script = "wordspout.py", fields = "word")
    interface Source {}

    @PythonBolt(script = "upperbolt.py", fields = {"word", "upper"}, parallelism = 2)
    @ShuffleGrouping(from = Source.class)
    interface Upper {}

    @PythonBolt(script = "lengthbolt.py", fields = {"word", "length"}, streams = @Stream(id = "long", fields = "word"))
    @ShuffleGrouping(from = Upper.class)
    interface Length {}
}
