package com.example.wordstats;

import java.util.Map;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichBolt;
import org.apache.storm.tuple.Tuple;

/**
 * The wordstats sink, in Java: records in {@link WordStatsReport} the configuration each task was
 * prepared with, every (word, count, counterTask) partial count and every (word, task, cwd) tuple
 * of the router's direct stream, each with the task that received it.
 */
public final class ReportBolt extends BaseRichBolt {

    private static final long serialVersionUID = 1L;

    /** The router's direct stream; everything else is a partial count. */
    static final String ROUTED_STREAM = "routed";

    private transient OutputCollector collector;
    private transient int task;

    @Override
    public void prepare(Map<String, Object> conf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        this.task = context.getThisTaskId();
        WordStatsReport.prepared(task, conf, context.getComponentTasks(context.getThisComponentId()));
    }

    @Override
    public void execute(Tuple tuple) {
        if (ROUTED_STREAM.equals(tuple.getSourceStreamId())) {
            WordStatsReport.routed(new WordStatsReport.Routed(
                    task, tuple.getString(0), ((Number) tuple.getValue(1)).intValue(), tuple.getString(2)));
        } else {
            WordStatsReport.counted(new WordStatsReport.PartialCount(
                    task, tuple.getString(0), ((Number) tuple.getValue(1)).longValue(),
                    ((Number) tuple.getValue(2)).intValue()));
        }
        collector.ack(tuple);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        // A sink: emits nothing.
    }
}
