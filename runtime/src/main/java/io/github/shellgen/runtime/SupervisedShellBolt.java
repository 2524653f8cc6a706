package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.Config;
import org.apache.storm.Constants;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.ShellBolt;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.utils.ShellBoltMessageQueue;
import org.apache.storm.utils.Utils;

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
public abstract class SupervisedShellBolt extends SupervisedShellComponent implements IRichBolt {

    private static final long serialVersionUID = 1L;

    private transient Supervision supervision;
    private transient OutputCollector collector;
    /** The tuples given to a subprocess and not yet acked or failed, by the id it knows them by. */
    private transient Map<String, Tuple> inputs;
    private transient ShellBoltMessageQueue writes;
    private transient volatile boolean running;
    private transient AtomicLong ids;
    private transient AtomicLong lastHeard;
    private transient AtomicBoolean heartbeatDue;
    private transient Thread reader;
    private transient Thread writer;

    protected SupervisedShellBolt(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        supervision = Supervision.prepare(SupervisedShellBolt.class, "bolt", this, topoConf, context, collector,
                new Failures());
        inputs = new ConcurrentHashMap<>();
        Object maxPending = supervision.conf.get(Config.TOPOLOGY_SHELLBOLT_MAX_PENDING);
        writes = maxPending instanceof Number n ? new ShellBoltMessageQueue(n.intValue()) : new ShellBoltMessageQueue();
        ids = new AtomicLong();
        heartbeatDue = new AtomicBoolean();
        lastHeard = new AtomicLong();
        supervision.startFirst();
        // Silence is counted from the end of the start, which may have taken minutes (a model loading).
        lastHeard.set(System.currentTimeMillis());
        running = true;
        String suffix = "-" + context.getThisComponentId() + "-" + context.getThisTaskId();
        reader = new Thread(this::readLoop, "shellgen-reader" + suffix);
        writer = new Thread(this::writeLoop, "shellgen-writer" + suffix);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
        supervision.everySecond(this::checkHeartbeat);
    }

    @Override
    public final void execute(Tuple input) {
        RuntimeException failed = supervision.lifecycle.gaveUp();
        if (failed != null) {
            throw failed;
        }
        String id = Long.toString(ids.incrementAndGet());
        inputs.put(id, input);
        BoltMsg message = new BoltMsg();
        message.setId(id);
        message.setComp(input.getSourceComponent());
        message.setStream(input.getSourceStreamId());
        message.setTask(input.getSourceTask());
        message.setTuple(input.getValues());
        try {
            writes.putBoltMsg(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the bolt is shutting down
        }
    }

    @Override
    public final void cleanup() {
        running = false;
        if (supervision == null) {
            return;
        }
        supervision.stop(); // stops the subprocess, and wakes the threads that wait for one
        writer.interrupt();
        reader.interrupt();
        join(reader);
        join(writer);
        inputs.clear();
    }

    private static void join(Thread thread) {
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkHeartbeat() {
        Subprocess subprocess = supervision.lifecycle.current();
        if (subprocess == null || !running) {
            return;
        }
        if (System.currentTimeMillis() - lastHeard.get() > supervision.timeoutMillis) {
            subprocess.kill(supervision.silentFor());
        }
        heartbeatDue.set(true);
    }

    /** At most this many messages go in one write; then the writer flushes and takes more. */
    private static final int MAX_BATCH = 512;

    private void writeLoop() {
        // Tuples whose write failed: the next subprocess gets those that are still held.
        List<BoltMsg> unsent = new ArrayList<>();
        while (running) {
            Subprocess subprocess;
            try {
                subprocess = supervision.lifecycle.awaitServing(); // while it restarts, what is queued waits
            } catch (InterruptedException e) {
                return; // stopping
            }
            if (subprocess == null) {
                return; // gave up, or stopping
            }
            try {
                Wire wire = subprocess.wire();
                if (!unsent.isEmpty()) {
                    List<BoltMsg> retry = new ArrayList<>(unsent);
                    unsent.clear();
                    for (BoltMsg message : retry) {
                        if (inputs.containsKey(message.getId())) {
                            send(wire, message);
                        }
                    }
                    wire.flush();
                }
                if (heartbeatDue.compareAndSet(true, false)) {
                    wire.sendTuple(Long.toString(ids.incrementAndGet()), null, ShellBolt.HEARTBEAT_STREAM_ID,
                            (int) Constants.SYSTEM_TASK_ID, new ArrayList<>());
                    wire.flush();
                }
                // What is queued goes in one write (one frame, on storm-shellgen's wire); nothing
                // waits for more to come.
                Object write = writes.poll(1, TimeUnit.SECONDS);
                for (int batched = 0; write != null; write = ++batched < MAX_BATCH && wire.buffers()
                        ? writes.poll(0, TimeUnit.MILLISECONDS) : null) {
                    if (write instanceof BoltMsg message) {
                        unsent.add(message);
                        send(wire, message);
                    } else if (write instanceof List<?> taskIds) {
                        @SuppressWarnings("unchecked")
                        List<Integer> tasks = (List<Integer>) taskIds;
                        wire.sendTaskIds(tasks);
                    }
                }
                wire.flush();
                unsent.clear();
            } catch (InterruptedException e) {
                // Stopping: the loop ends.
            } catch (IOException e) {
                // The subprocess has gone; the reader finds out why, and fails what it held.
                awaitNotServing(subprocess);
            } catch (RuntimeException e) {
                // What could not be written (a multilang serializer's own exception, say) kills the
                // subprocess, so that the reader fails what it held and it restarts.
                subprocess.kill(RuntimeMessage.COULD_NOT_SEND.format(Subprocess.oneLine(e)));
                awaitNotServing(subprocess);
            }
        }
    }

    private static void send(Wire wire, BoltMsg message) throws java.io.IOException {
        wire.sendTuple(message.getId(), message.getComp(), message.getStream(), (int) message.getTask(),
                message.getTuple());
    }

    /** After a failed write: waits until the reader has found the failure. */
    private void awaitNotServing(Subprocess failed) {
        try {
            supervision.lifecycle.awaitNotServing(failed);
        } catch (InterruptedException e) {
            // Stopping.
        }
    }

    private void readLoop() {
        while (running) {
            Subprocess subprocess;
            try {
                subprocess = supervision.lifecycle.awaitServing();
            } catch (InterruptedException e) {
                return; // stopping
            }
            if (subprocess == null) {
                return; // gave up, or stopping
            }
            ShellMsg message;
            try {
                message = subprocess.wire().receive();
            } catch (Throwable error) {
                if (running) {
                    supervision.lifecycle.failed(subprocess, subprocess.failureCause(error));
                }
                continue;
            }
            lastHeard.set(System.currentTimeMillis());
            String broken = handle(message);
            if (broken != null) {
                subprocess.kill(broken);
            }
        }
    }

    /** Handles one message; returns how it broke the protocol, if it did. */
    private String handle(ShellMsg message) {
        String command = message.getCommand();
        if ("ack".equals(command) || "fail".equals(command)) {
            Tuple tuple = inputs.remove(String.valueOf(message.getId()));
            if (tuple != null) { // else failed already, when an earlier subprocess failed
                if ("ack".equals(command)) {
                    collector.ack(tuple);
                } else {
                    collector.fail(tuple);
                }
            }
            return null;
        }
        if ("emit".equals(command)) {
            emit(message);
            return null;
        }
        if ("sync".equals(command)) {
            return null; // a heartbeat's answer: hearing from the subprocess is all it says
        }
        return supervision.handleCommon(message);
    }

    private void emit(ShellMsg message) {
        String stream = message.getStream() == null ? Utils.DEFAULT_STREAM_ID : message.getStream();
        long task = message.getTask();
        List<Tuple> anchors = new ArrayList<>();
        boolean anchorGone = false;
        List<String> anchorIds = message.getAnchors();
        if (anchorIds != null) {
            for (String id : anchorIds) {
                Tuple anchor = inputs.get(id);
                if (anchor == null) {
                    anchorGone = true;
                } else {
                    anchors.add(anchor);
                }
            }
        }
        String problem = supervision.streams.problem(stream, message.getTuple(), task != 0);
        if (problem != null) {
            for (String id : anchorIds == null ? List.<String>of() : anchorIds) {
                Tuple anchor = inputs.remove(id);
                if (anchor != null) {
                    collector.fail(anchor);
                }
            }
            supervision.reportMistake("emit to " + stream, (anchors.isEmpty() ? RuntimeMessage.BOLT_EMIT_DROPPED
                    : RuntimeMessage.BOLT_ANCHORED_EMIT_DROPPED).format(problem));
        } else if (!anchorGone) {
            // (An emit anchored to a tuple failed already belongs to a tree that is being replayed.)
            if (task == 0) {
                List<Integer> tasks = collector.emit(stream, anchors, message.getTuple());
                if (message.areTaskIdsNeeded()) {
                    writes.putTaskIds(tasks);
                }
                return;
            }
            collector.emitDirect((int) task, stream, anchors, message.getTuple());
            return;
        }
        if (task == 0 && message.areTaskIdsNeeded()) {
            writes.putTaskIds(List.of()); // the script waits for them
        }
    }

    private void dropQueuedWrites() {
        try {
            while (writes.poll(0, TimeUnit.MILLISECONDS) != null) {
                // dropped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** What a failure of its subprocess costs the bolt: the tuples it held. */
    private final class Failures implements Supervision.Owner {
        @Override
        public String release(Subprocess failed) {
            dropQueuedWrites(); // its tuples are in inputs, and are failed here
            int failedTuples = failInputs();
            return failedTuples == 0 ? RuntimeMessage.BOLT_HELD_NO_TUPLES.format()
                    : failedTuples == 1 ? RuntimeMessage.BOLT_HELD_ONE_TUPLE.format()
                    : RuntimeMessage.BOLT_HELD_TUPLES.format(failedTuples);
        }

        @Override
        public void restarted(Subprocess subprocess) {
            lastHeard.set(System.currentTimeMillis());
        }

        @Override
        public void gaveUp() {
            // What arrived while it paused before its last restart: failed now, so that the spout
            // replays it and the next tuple's execute stops the worker, not a message timeout later.
            dropQueuedWrites();
            failInputs();
        }
    }
}
