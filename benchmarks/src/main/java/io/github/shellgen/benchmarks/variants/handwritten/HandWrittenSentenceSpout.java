package io.github.shellgen.benchmarks.variants.handwritten;

import java.util.Map;
import org.apache.storm.spout.ShellSpout;
import org.apache.storm.topology.IRichSpout;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Fields;

/** A shell spout wrapper as users hand-write it today. */
public class HandWrittenSentenceSpout extends ShellSpout implements IRichSpout {

    private static final long serialVersionUID = 1L;

    public HandWrittenSentenceSpout() {
        super("python3", "sentencespout.py");
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("sentence"));
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        return null;
    }
}
