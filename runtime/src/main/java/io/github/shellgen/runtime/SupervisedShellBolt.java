package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

    /** The tuples given to a subprocess and not yet acked or failed. */
    private transient InFlight inputs;

    protected SupervisedShellBolt(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        inputs = new InFlight();
        start(SupervisedShellBolt.class, topoConf, context, collector);
    }

    @Override
    public final void execute(Tuple input) {
        throwIfGaveUp();
        queue(inputs.hold(nextId(), input));
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
        InFlight.send(wire, message);
    }

    @Override
    final boolean stillHeld(BoltMsg message) {
        return inputs.holds(message.getId());
    }

    @Override
    final void sendingTo(Subprocess subprocess, Wire wire) {
        // A new subprocess starts from nothing: what the failed one held was failed.
    }

    @Override
    final boolean addAnchors(String id, List<Tuple> anchors) {
        return inputs.addAnchor(id, anchors);
    }

    @Override
    final void answered(String id, boolean acked) {
        Tuple tuple = inputs.answered(id);
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
        inputs.failAnchors(ids, collector);
        return RuntimeMessage.BOLT_ANCHORED_EMIT_DROPPED;
    }

    @Override
    final String release() {
        int failedTuples = inputs.failAll(collector);
        return failedTuples == 0 ? RuntimeMessage.BOLT_HELD_NO_TUPLES.format()
                : failedTuples == 1 ? RuntimeMessage.BOLT_HELD_ONE_TUPLE.format()
                : RuntimeMessage.BOLT_HELD_TUPLES.format(failedTuples);
    }

    @Override
    final void releaseAfterGivingUp() {
        inputs.failAll(collector);
    }
}
