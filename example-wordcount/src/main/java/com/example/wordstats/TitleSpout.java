package com.example.wordstats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.storm.spout.SpoutOutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichSpout;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Values;
import org.apache.storm.utils.Utils;

/**
 * A Java spout of the wordstats topology: emits each of {@link #TITLES} once, with its index as
 * message id, and emits a failed one again. Capitalised on purpose: the splitter lower-cases
 * words only because its environment tells it to.
 */
public final class TitleSpout extends BaseRichSpout {

    private static final long serialVersionUID = 1L;

    /** What it emits, one tuple each. */
    public static final List<String> TITLES = List.of(
            "The Gettysburg Address",
            "The Declaration of Independence",
            "Preamble to the Constitution of the United States",
            "The First Amendment",
            "Lincoln's Second Inaugural Address");

    private static final long IDLE_SLEEP_MILLIS = 50;

    private transient SpoutOutputCollector collector;
    private transient Deque<Integer> toEmit;

    @Override
    public void open(Map<String, Object> conf, TopologyContext context, SpoutOutputCollector collector) {
        this.collector = collector;
        this.toEmit = new ArrayDeque<>();
        for (int i = 0; i < TITLES.size(); i++) {
            toEmit.add(i);
        }
    }

    @Override
    public void nextTuple() {
        Integer index = toEmit.poll();
        if (index == null) {
            Utils.sleep(IDLE_SLEEP_MILLIS);
            return;
        }
        collector.emit(new Values(TITLES.get(index)), index);
    }

    @Override
    public void ack(Object msgId) {
        // Done with it: nothing to keep.
    }

    @Override
    public void fail(Object msgId) {
        toEmit.add((Integer) msgId);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("sentence"));
    }
}
