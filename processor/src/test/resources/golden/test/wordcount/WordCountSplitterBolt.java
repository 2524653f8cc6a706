package test.wordcount;

import io.github.shellgen.runtime.ShellCommand;
import io.github.shellgen.runtime.SupervisedShellBolt;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Fields;

/**
 * Storm bolt {@code splitter} of {@link WordCount.Splitter}: runs {@code python3 shellgen/run.py splitbolt.py} in the topology's resources folder.
 */
@Generated("io.github.shellgen.processor.ShellgenProcessor")
public final class WordCountSplitterBolt extends SupervisedShellBolt implements WordCount.Splitter {
    private static final long serialVersionUID = 1L;

    /**
     * The component id in the topology.
     */
    public static final String ID = "splitter";

    public WordCountSplitterBolt() {
        super(ShellCommand.of("python3", "shellgen/run.py", "splitbolt.py")
                .requiring("shellgen/run.py", "shellgen/storm.py", "splitbolt.py"));
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("word"));
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        // No component-specific configuration: the topology's applies.
        return null;
    }
}
