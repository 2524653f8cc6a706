package io.github.shellgen.benchmarks.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Tuple;

/**
 * The Java sink every variant ends in: keeps the highest running count seen per word. The cluster
 * runs in this JVM, so the counts are read from a static map once the run is over.
 */
public final class CountCollector extends BaseRichBolt {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Long> COUNTS = new ConcurrentHashMap<>();

    private transient OutputCollector collector;

    static void reset() {
        COUNTS.clear();
    }

    static Map<String, Long> counts() {
        return Map.copyOf(COUNTS);
    }

    @Override
    public void prepare(Map<String, Object> conf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
    }

    @Override
    public void execute(Tuple tuple) {
        COUNTS.merge(tuple.getString(0), ((Number) tuple.getValue(1)).longValue(), Math::max);
        collector.ack(tuple);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        // A sink: emits nothing.
    }
}
