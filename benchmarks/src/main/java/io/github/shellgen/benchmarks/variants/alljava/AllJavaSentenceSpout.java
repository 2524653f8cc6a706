package io.github.shellgen.benchmarks.variants.alljava;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.apache.storm.spout.SpoutOutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.base.BaseRichSpout;
import org.apache.storm.tuple.Fields;
import org.apache.storm.tuple.Values;

/** sentencespout.py in Java: each corpus line once, its line number as message id; replays failures. */
public final class AllJavaSentenceSpout extends BaseRichSpout {

    private static final long serialVersionUID = 1L;

    private transient List<String> sentences;
    private transient Queue<Integer> replays;
    private transient int nextIndex;
    private transient SpoutOutputCollector collector;
    /** Sentences a second (0: as fast as Storm asks), and when the first was emitted. */
    private transient double rate;
    private transient long startNanos;

    @Override
    public void open(Map<String, Object> conf, TopologyContext context, SpoutOutputCollector collector) {
        try {
            this.sentences = Files.readAllLines(Path.of((String) conf.get(WordCountShape.CORPUS_KEY)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.replays = new ArrayDeque<>();
        this.nextIndex = 0;
        this.collector = collector;
        Object rate = conf.get(WordCountShape.RATE_KEY);
        this.rate = rate == null ? 0 : ((Number) rate).doubleValue();
    }

    @Override
    public void nextTuple() {
        if (rate > 0) {
            if (nextIndex == 0) {
                startNanos = System.nanoTime();
            } else if (System.nanoTime() - startNanos < nextIndex / rate * 1e9) {
                return; // not due yet: Storm's wait strategy idles the executor
            }
        }
        Integer index = replays.poll();
        if (index == null && nextIndex < sentences.size()) {
            index = nextIndex++;
        }
        if (index != null) {
            collector.emit(new Values(sentences.get(index)), index);
        }
    }

    @Override
    public void fail(Object msgId) {
        replays.add((Integer) msgId);
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        declarer.declare(new Fields("sentence"));
    }
}
