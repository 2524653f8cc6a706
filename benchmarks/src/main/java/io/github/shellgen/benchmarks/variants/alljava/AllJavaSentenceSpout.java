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
    }

    @Override
    public void nextTuple() {
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
