package io.github.shellgen.benchmarks.variants.handwritten;

import java.util.Map;
import org.apache.storm.task.ShellBolt;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Fields;

/** A shell bolt wrapper as users hand-write it today. */
public class HandWrittenSplitBolt extends ShellBolt implements IRichBolt {

    private static final long serialVersionUID = 1L;

    public HandWrittenSplitBolt() {
        super("python3", "splitbolt.py");
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("word"));
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        return null;
    }
}
