package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.tuple.Tuple;

/**
 * A bolt whose work is done by a subprocess speaking Storm's multilang protocol, as Storm's
 * {@code ShellBolt} does, except that a subprocess that exits, is killed, stops answering
 * heartbeats or breaks the protocol costs a replay, not the worker: the tuples it held are failed
 * (so a reliable spout replays them), it is started again, and the bolt carries on, within a
 * restart budget ({@link RuntimeConfig#RESTARTS_PER_MINUTE}). Each failure is reported once, with
 * the subprocess' last lines of standard error. An emit that does not match the declared streams
 * is reported and dropped, and the tuples it was anchored to are failed.
 *
 * <p>Generated bolts extend it; a hand-written one may too: pass the command to the constructor and
 * implement {@code declareOutputFields}.
 */
public abstract class SupervisedShellBolt extends ShellBoltCore implements IRichBolt {

    private static final long serialVersionUID = 1L;

    /** The tuples given to a subprocess and not yet acked or failed, by the id it knows them by. */
    private transient Map<String, Tuple> inputs;

    protected SupervisedShellBolt(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        inputs = new ConcurrentHashMap<>();
        start(SupervisedShellBolt.class, topoConf, context, collector);
    }

    @Override
    public final void execute(Tuple input) {
        throwIfGaveUp();
        String id = nextId();
        inputs.put(id, input);
        BoltMsg message = new BoltMsg();
        message.setId(id);
        message.setComp(input.getSourceComponent());
        message.setStream(input.getSourceStreamId());
        message.setTask(input.getSourceTask());
        message.setTuple(input.getValues());
        queue(message);
    }

    @Override
    public final void cleanup() {
        stop();
        if (inputs != null) {
            inputs.clear();
        }
    }

    @Override
    final void send(Wire wire, BoltMsg message) throws IOException {
        wire.sendTuple(message.getId(), message.getComp(), message.getStream(), (int) message.getTask(),
                message.getTuple());
    }

    @Override
    final boolean stillHeld(BoltMsg message) {
        return inputs.containsKey(message.getId());
    }

    @Override
    final void sendingTo(Subprocess subprocess, Wire wire) {
        // A new subprocess starts from nothing: what the failed one held was failed.
    }

    @Override
    final boolean addAnchors(String id, List<Tuple> anchors) {
        Tuple anchor = inputs.get(id);
        return anchor != null && anchors.add(anchor);
    }

    @Override
    final void answered(String id, boolean acked) {
        Tuple tuple = inputs.remove(id);
        if (tuple != null) { // else failed already, when an earlier subprocess failed
            if (acked) {
                collector.ack(tuple);
            } else {
                collector.fail(tuple);
            }
        }
    }

    @Override
    final RuntimeMessage dropped(List<String> ids) {
        for (String id : ids) {
            Tuple anchor = inputs.remove(id);
            if (anchor != null) {
                collector.fail(anchor);
            }
        }
        return RuntimeMessage.BOLT_ANCHORED_EMIT_DROPPED;
    }

    @Override
    final String release() {
        int failedTuples = failInputs();
        return failedTuples == 0 ? RuntimeMessage.BOLT_HELD_NO_TUPLES.format()
                : failedTuples == 1 ? RuntimeMessage.BOLT_HELD_ONE_TUPLE.format()
                : RuntimeMessage.BOLT_HELD_TUPLES.format(failedTuples);
    }

    @Override
    final void releaseAfterGivingUp() {
        failInputs();
    }

    private int failInputs() {
        int failed = 0;
        for (String id : new ArrayList<>(inputs.keySet())) {
            Tuple tuple = inputs.remove(id);
            if (tuple != null) {
                collector.fail(tuple);
                failed++;
            }
        }
        return failed;
    }
}
