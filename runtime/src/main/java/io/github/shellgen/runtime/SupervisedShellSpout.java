package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.spout.SpoutOutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IRichSpout;
import org.apache.storm.utils.Utils;

/**
 * A spout whose work is done by a subprocess speaking Storm's multilang protocol, as Storm's
 * {@code ShellSpout} does, except that a subprocess that exits, is killed, stops answering or
 * breaks the protocol is started again, within a restart budget
 * ({@link RuntimeConfig#RESTARTS_PER_MINUTE}), instead of taking the worker down. Each failure is
 * reported once, with the subprocess' last lines of standard error. Acks and fails of tuples an
 * earlier subprocess emitted are not passed to the new one, which does not know their ids. An emit
 * that does not match the declared streams is reported and not emitted, and failed back to the script.
 *
 * <p>Generated spouts extend it; a hand-written one may too: pass the command to the constructor
 * and implement {@code declareOutputFields}.
 */
public abstract class SupervisedShellSpout extends SupervisedShellComponent implements IRichSpout {

    private static final long serialVersionUID = 1L;

    /** A message id as Storm holds it: which subprocess emitted it, and the script's own id. */
    private record MessageId(int life, Object id) {
        @Override
        public String toString() {
            return String.valueOf(id);
        }
    }

    private transient Supervision supervision;
    private transient SpoutOutputCollector collector;
    private transient boolean active;
    /** The life of the subprocess that last heard of the spout's activation state; a restarted one has not. */
    private transient int toldLife;
    private transient AtomicLong lastHeard;
    private transient AtomicBoolean waiting;
    private transient List<Object> failBack;
    /**
     * Acks and fails not yet sent, on a wire that buffers: they go with the next command that waits
     * for the script (usually the next nextTuple), in one frame, instead of a round trip each.
     */
    private transient List<Object[]> deliveries;
    /**
     * On a wire that buffers: how many times the next nextTuple asks the script for a tuple, in one
     * frame. It doubles (up to {@link #MAX_NEXT_BATCH}) while the script emits a tuple each time and
     * the frame's calls took less than {@link #MAX_BATCH_NANOS} together, halves when they took
     * longer (a slow nextTuple's emits are not held back for seconds), and drops to what it emitted
     * when it emits less, so an idle script is asked once.
     */
    private transient int nextBatch;
    /** Trees emitted by the current subprocess and not yet acked or failed. */
    private transient long pendingTrees;
    /** topology.max.spout.pending, else storm-shellgen's default; -1 if there is none. */
    private transient long maxPending;
    /** Tuples emitted during the current query. */
    private transient int emitted;

    protected SupervisedShellSpout(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void open(Map<String, Object> topoConf, TopologyContext context, SpoutOutputCollector collector) {
        supervision = Supervision.prepare(SupervisedShellSpout.class, "spout", this, topoConf, context, collector,
                new Failures());
        lastHeard = new AtomicLong(System.currentTimeMillis());
        this.collector = collector;
        waiting = new AtomicBoolean();
        failBack = new ArrayList<>();
        deliveries = new ArrayList<>();
        nextBatch = 1;
        maxPending = RuntimeConfig.maxSpoutPending(supervision.conf, supervision.prefixed);
        toldLife = supervision.startFirst().life;
        supervision.everySecond(this::checkHeartbeat);
    }

    @Override
    public final void close() {
        if (supervision == null) {
            return;
        }
        supervision.stop();
    }

    @Override
    public final void activate() {
        active = true;
        query("activate", "");
    }

    @Override
    public final void deactivate() {
        query("deactivate", "");
        active = false;
    }

    @Override
    public final void nextTuple() {
        Subprocess subprocess = supervision.lifecycle.current();
        if (maxPending > 0 && pendingTrees >= maxPending) {
            return; // as Storm's executor does at topology.max.spout.pending (unset here: the default applies)
        }
        if (subprocess == null || !subprocess.wire().buffers()) {
            query("next", "", 1);
            return;
        }
        // Ask for several tuples in one frame while the script has them: Storm would call
        // nextTuple again at once anyway. Never more than max spout pending allows.
        long times = maxPending < 0 ? nextBatch : Math.min(nextBatch, maxPending - pendingTrees);
        int asked = (int) Math.max(1, times);
        long started = System.nanoTime();
        int got = query("next", "", asked);
        boolean slow = System.nanoTime() - started > MAX_BATCH_NANOS;
        nextBatch = got < asked ? Math.max(1, got)
                : slow ? Math.max(1, asked / 2)
                : Math.min(MAX_NEXT_BATCH, asked * 2);
    }

    @Override
    public final void ack(Object msgId) {
        deliver("ack", msgId);
    }

    @Override
    public final void fail(Object msgId) {
        deliver("fail", msgId);
    }

    private void deliver(String command, Object msgId) {
        Subprocess subprocess = supervision.lifecycle.current();
        if (msgId instanceof MessageId id && subprocess != null && id.life() == subprocess.life) {
            pendingTrees--;
            if (active && subprocess.wire().buffers() && deliveries.size() < MAX_HELD_DELIVERIES) {
                deliveries.add(new Object[] {command, id.id()});
            } else {
                query(command, id.id());
            }
        } // else: emitted by a subprocess that has gone; the new one does not know the id
    }

    private void checkHeartbeat() {
        Subprocess subprocess = supervision.lifecycle.current();
        if (subprocess != null && waiting.get()
                && System.currentTimeMillis() - lastHeard.get() > supervision.timeoutMillis) {
            subprocess.kill(supervision.silentFor());
        }
    }

    /** At most this many acks and fails wait for the next command; one more sends them all. */
    private static final int MAX_HELD_DELIVERIES = 256;

    /** At most this many nextTuple calls of the script in one frame. */
    private static final int MAX_NEXT_BATCH = 32;

    /**
     * A frame of nextTuple calls that took longer than this is not grown but halved: its emits reach
     * Storm only when the frame's last call returns.
     */
    private static final long MAX_BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private void query(String command, Object id) {
        query(command, id, 1);
    }

    /**
     * Sends a command {@code times} times, after the acks and fails held for it, and handles what
     * the subprocess sends until it has answered each with sync. Returns the tuples it emitted.
     */
    private int query(String command, Object id, int times) {
        RuntimeException gaveUp = supervision.lifecycle.gaveUp();
        if (gaveUp != null) {
            throw gaveUp;
        }
        Subprocess subprocess = supervision.lifecycle.current();
        if (subprocess == null) {
            return 0; // restarting: nothing to emit, so Storm's spout wait strategy idles the executor
        }
        if (subprocess.life != toldLife) {
            // A restarted subprocess: an active spout's script hears so first, as the first one did.
            toldLife = subprocess.life;
            if (active && !"activate".equals(command)) {
                query("activate", "");
                return query(command, id, times);
            }
        }
        emitted = 0;
        lastHeard.set(System.currentTimeMillis());
        waiting.set(true);
        try {
            Wire wire = subprocess.wire();
            int syncs = times + deliveries.size();
            for (Object[] delivery : deliveries) {
                wire.sendSpoutCommand((String) delivery[0], delivery[1]);
            }
            deliveries.clear();
            for (int i = 0; i < times; i++) {
                wire.sendSpoutCommand(command, id);
            }
            wire.flush();
            while (syncs > 0) {
                ShellMsg reply = wire.receive();
                lastHeard.set(System.currentTimeMillis());
                if ("sync".equals(reply.getCommand())) {
                    syncs--;
                    continue;
                }
                String broken = handle(subprocess, reply);
                if (broken != null) {
                    subprocess.kill(broken);
                }
            }
        } catch (Throwable error) {
            waiting.set(false);
            supervision.lifecycle.failed(subprocess, subprocess.failureCause(error));
            return 0;
        } finally {
            waiting.set(false);
        }
        int got = emitted;
        if (!failBack.isEmpty()) {
            List<Object> ids = new ArrayList<>(failBack);
            failBack.clear();
            for (Object rejected : ids) {
                query("fail", rejected);
            }
        }
        return got;
    }

    /** Handles one message other than sync; returns how it broke the protocol, if it did. */
    private String handle(Subprocess subprocess, ShellMsg message) throws Exception {
        if ("emit".equals(message.getCommand())) {
            emit(subprocess, message);
            return null;
        }
        return supervision.handleCommon(message);
    }

    private void emit(Subprocess subprocess, ShellMsg message) throws Exception {
        String stream = message.getStream() == null ? Utils.DEFAULT_STREAM_ID : message.getStream();
        long task = message.getTask();
        Object scriptId = message.getId();
        String problem = supervision.streams.problem(stream, message.getTuple(), task != 0);
        if (problem != null) {
            if (scriptId != null) {
                failBack.add(scriptId);
            }
            supervision.reportMistake("emit to " + stream, scriptId == null
                    ? RuntimeMessage.SPOUT_EMIT_DROPPED.format(problem)
                    : RuntimeMessage.SPOUT_EMIT_FAILED_BACK.format(problem, scriptId));
            if (task == 0 && message.areTaskIdsNeeded()) {
                subprocess.wire().sendTaskIds(List.of()); // the script waits for them
                subprocess.wire().flush();
            }
            return;
        }
        Object messageId = scriptId == null ? null : new MessageId(subprocess.life, scriptId);
        emitted++;
        if (messageId != null) {
            pendingTrees++;
        }
        if (task == 0) {
            List<Integer> tasks = collector.emit(stream, message.getTuple(), messageId);
            if (message.areTaskIdsNeeded()) {
                subprocess.wire().sendTaskIds(tasks);
                subprocess.wire().flush();
            }
        } else {
            collector.emitDirect((int) task, stream, message.getTuple(), messageId);
        }
    }

    /** What a failure of its subprocess costs the spout: the ids of what it emitted. */
    private final class Failures implements Supervision.Owner {
        @Override
        public String release(Subprocess failed) {
            failBack.clear();
            deliveries.clear(); // for ids the new subprocess does not know
            pendingTrees = 0;
            nextBatch = 1;
            return RuntimeMessage.SPOUT_IDS_LOST.format();
        }
    }
}
