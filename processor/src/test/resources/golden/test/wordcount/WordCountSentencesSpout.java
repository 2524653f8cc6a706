package test.wordcount;

import io.github.shellgen.runtime.ShellCommand;
import io.github.shellgen.runtime.SupervisedShellSpout;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Fields;

/**
 * Storm spout {@code sentences} of {@link WordCount.Sentences}: runs {@code python3 shellgen/run.py sentencespout.py} in the topology's resources folder.
 */
@Generated("io.github.shellgen.processor.ShellgenProcessor")
public final class WordCountSentencesSpout extends SupervisedShellSpout implements WordCount.Sentences {
    private static final long serialVersionUID = 1L;

    /**
     * The component id in the topology.
     */
    public static final String ID = "sentences";

    public WordCountSentencesSpout() {
        super(ShellCommand.of("python3", "shellgen/run.py", "sentencespout.py")
                .requiring("shellgen/run.py", "shellgen/storm.py", "sentencespout.py"));
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("sentence"));
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        // No component-specific configuration: the topology's applies.
        return null;
    }
}
