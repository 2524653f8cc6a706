package ${package};

import io.github.shellgen.FieldsGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

@Topology(name = "lines")
public interface Lines {

    @PythonSpout(script = "linespout.py", fields = "line")
    interface Reader {}

    @PythonBolt(script = "split.py", fields = "word", parallelism = 2)
    @ShuffleGrouping(from = Reader.class)
    interface Splitter {}

    @PythonBolt(script = "count.py", fields = {"word", "count"}, parallelism = 2)
    @FieldsGrouping(from = Splitter.class, fields = "word")
    interface Counter {}
}
