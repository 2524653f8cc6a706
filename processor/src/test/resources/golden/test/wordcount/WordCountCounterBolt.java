package test.wordcount;

import io.github.shellgen.runtime.ShellCommand;
import io.github.shellgen.runtime.SupervisedShellBolt;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Fields;

/**
 * Storm bolt {@code counter} of {@link WordCount.Counter}: runs {@code python3 shellgen/run.py countbolt.py} in the topology's resources folder.
 */
@Generated("io.github.shellgen.processor.ShellgenProcessor")
public final class WordCountCounterBolt extends SupervisedShellBolt implements WordCount.Counter {
    private static final long serialVersionUID = 1L;

    /**
     * The component id in the topology.
     */
    public static final String ID = "counter";

    public WordCountCounterBolt() {
        super(ShellCommand.of("python3", "shellgen/run.py", "countbolt.py")
                .requiring("shellgen/run.py", "shellgen/storm.py", "countbolt.py"));
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("word", "count"));
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        // No component-specific configuration: the topology's applies.
        return null;
    }
}
