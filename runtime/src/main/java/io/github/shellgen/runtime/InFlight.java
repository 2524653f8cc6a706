package io.github.shellgen.runtime;

import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.tuple.Tuple;

/**
 * The input tuples a bolt of one tuple at a time ({@link SupervisedShellBolt},
 * {@link StatefulShellBolt}) has given its subprocess and that are not answered yet, by the id the
 * subprocess knows each by; what goes on the wire for one, and what a failure does to them.
 */
final class InFlight {

    private final Map<String, Tuple> tuples = new ConcurrentHashMap<>();

    /** Holds {@code input} under {@code id}, and returns the message that gives it to the subprocess. */
    BoltMsg hold(String id, Tuple input) {
        tuples.put(id, input);
        BoltMsg message = new BoltMsg();
        message.setId(id);
        message.setComp(input.getSourceComponent());
        message.setStream(input.getSourceStreamId());
        message.setTask(input.getSourceTask());
        message.setTuple(input.getValues());
        return message;
    }

    /** Sends a message {@link #hold} made. */
    static void send(Wire wire, BoltMsg message) throws IOException {
        wire.sendTuple(message.getId(), message.getComp(), message.getStream(), (int) message.getTask(),
                message.getTuple());
    }

    boolean holds(String id) {
        return tuples.containsKey(id);
    }

    /** The tuple answered as {@code id}; null when it was failed already (an earlier subprocess failed). */
    Tuple answered(String id) {
        return tuples.remove(id);
    }

    /** Adds the tuple {@code id} stands for to {@code anchors}; false when it is gone. */
    boolean addAnchor(String id, List<Tuple> anchors) {
        Tuple anchor = tuples.get(id);
        return anchor != null && anchors.add(anchor);
    }

    /** Fails the tuples an emit that was dropped was anchored to: their trees are replayed. */
    void failAnchors(List<String> ids, OutputCollector collector) {
        for (String id : ids) {
            Tuple anchor = tuples.remove(id);
            if (anchor != null) {
                collector.fail(anchor);
            }
        }
    }

    /** Fails every tuple held; returns how many. */
    int failAll(OutputCollector collector) {
        int failed = 0;
        for (String id : new ArrayList<>(tuples.keySet())) {
            Tuple tuple = tuples.remove(id);
            if (tuple != null) {
                collector.fail(tuple);
                failed++;
            }
        }
        return failed;
    }

    void clear() {
        tuples.clear();
    }
}
