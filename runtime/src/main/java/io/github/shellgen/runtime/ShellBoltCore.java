package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.storm.tuple.Tuple;
import org.apache.storm.utils.ShellBoltMessageQueue;
import org.apache.storm.utils.Utils;

/**
 * What every kind of shell bolt shares: the subprocess and its supervision, the writer thread that
 * sends it what is queued, the reader thread that handles what it sends, heartbeats, emits checked
 * against the declared streams. A kind ({@link SupervisedShellBolt}: one tuple at a time;
 * {@link WindowedShellBolt}: one window at a time; {@link StatefulShellBolt}: one tuple at a time, with
 * its state checkpointed) says what it queues, what the ids in acks, fails
 * and anchors stand for, and what a failure of the subprocess costs it.
 */
abstract class ShellBoltCore extends SupervisedShellComponent {

    private static final long serialVersionUID = 1L;

    /** The component a message of the runtime's own (a window, a state, a checkpoint) comes from. */
    static final String SYSTEM_COMPONENT = "__system";

    transient Supervision supervision;
    transient OutputCollector collector;
    private transient ShellBoltMessageQueue writes;
    private transient volatile boolean running;
    private transient AtomicLong ids;
    private transient AtomicLong lastHeard;
    private transient AtomicBoolean heartbeatDue;
    private transient Thread reader;
    private transient Thread writer;

    ShellBoltCore(ShellCommand shell) {
        super(shell);
    }

    /**
     * Checks the component can start, starts its subprocess and the threads that talk to it.
     *
     * @param owner the class whose logger reports
     */
    final void start(Class<?> owner, Map<String, Object> topoConf, TopologyContext context,
            OutputCollector collector) {
        this.collector = collector;
        supervision = Supervision.prepare(owner, "bolt", this, topoConf, context, collector, new Failures());
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

    /** Throws the give-up once the component has given up: Storm then stops the worker. */
    final void throwIfGaveUp() {
        RuntimeException failed = supervision.lifecycle.gaveUp();
        if (failed != null) {
            throw failed;
        }
    }

    /** A new id for a message to the subprocess: the same counter serves heartbeats and what a kind sends. */
    final String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    /** Queues a message for the subprocess; waits while the queue is full. */
    final void queue(BoltMsg message) {
        try {
            writes.putBoltMsg(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the bolt is shutting down
        }
    }

    /** Stops the subprocess and the threads. */
    final void stop() {
        running = false;
        if (supervision == null) {
            return;
        }
        supervision.stop(); // stops the subprocess, and wakes the threads that wait for one
        writer.interrupt();
        reader.interrupt();
        join(reader);
        join(writer);
    }

    // What a kind says.

    /** Sends a queued message (on the writer thread). */
    abstract void send(Wire wire, BoltMsg message) throws IOException;

    /** Whether a message whose write failed is still to go to the next subprocess. */
    abstract boolean stillHeld(BoltMsg message);

    /** A new subprocess serves (on the writer thread, before anything else is sent to it). */
    abstract void sendingTo(Subprocess subprocess, Wire wire) throws IOException;

    /**
     * Adds the input tuples an id of the subprocess' anchors stands for to {@code anchors}; false
     * when they are gone.
     */
    abstract boolean addAnchors(String id, List<Tuple> anchors);

    /** The subprocess acked or failed {@code id}. */
    abstract void answered(String id, boolean acked);

    /** An emit anchored to {@code ids} was dropped; returns the text that says what that cost. */
    abstract RuntimeMessage dropped(List<String> ids);

    /** Releases what the failed subprocess held; returns what that cost, for the report. */
    abstract String release();

    /** The component gave up: releases what arrived since the failure. */
    abstract void releaseAfterGivingUp();

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
        // Messages whose write failed: the next subprocess gets those that are still held. (Not
        // only what the failure released: the writer may take, for the failed subprocess, tuples
        // that arrived after the release, which are held and would otherwise wait for a timeout.)
        List<BoltMsg> unsent = new ArrayList<>();
        Subprocess previous = null;
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
                if (subprocess != previous) {
                    previous = subprocess;
                    sendingTo(subprocess, wire);
                }
                if (!unsent.isEmpty()) {
                    List<BoltMsg> retry = new ArrayList<>(unsent);
                    unsent.clear();
                    for (BoltMsg message : retry) {
                        if (stillHeld(message)) {
                            send(wire, message);
                        }
                    }
                    wire.flush();
                }
                if (heartbeatDue.compareAndSet(true, false)) {
                    wire.sendTuple(nextId(), null, ShellBolt.HEARTBEAT_STREAM_ID,
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
                // The subprocess has gone; the reader finds out why, and releases what it held.
                awaitNotServing(subprocess);
            } catch (RuntimeException e) {
                // What could not be written (a multilang serializer's own exception, say) kills the
                // subprocess, so that the reader releases what it held and it restarts.
                subprocess.kill(RuntimeMessage.COULD_NOT_SEND.format(Subprocess.oneLine(e)));
                awaitNotServing(subprocess);
            }
        }
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
            answered(String.valueOf(message.getId()), "ack".equals(command));
            return null;
        }
        if ("emit".equals(command)) {
            emit(message);
            return null;
        }
        if ("sync".equals(command)) {
            return null; // a heartbeat's answer: hearing from the subprocess is all it says
        }
        if (STATE_COMMAND.equals(command)) {
            return stateChanges(message);
        }
        return supervision.handleCommon(message);
    }

    /** The command of a message that carries changes of a stateful bolt's state. */
    static final String STATE_COMMAND = "state";

    /**
     * Handles changes of the subprocess' state (on the reader thread); returns how they broke the
     * protocol, if they did. Only a stateful bolt's subprocess sends them: for any other, they are
     * an unknown command.
     */
    String stateChanges(ShellMsg message) {
        return supervision.handleCommon(message);
    }

    private void emit(ShellMsg message) {
        String stream = message.getStream() == null ? Utils.DEFAULT_STREAM_ID : message.getStream();
        long task = message.getTask();
        List<Tuple> anchors = new ArrayList<>();
        boolean anchorGone = false;
        List<String> anchorIds = message.getAnchors() == null ? List.of() : message.getAnchors();
        for (String id : anchorIds) {
            if (!addAnchors(id, anchors)) {
                anchorGone = true;
            }
        }
        String problem = supervision.streams.problem(stream, message.getTuple(), task != 0);
        if (problem != null) {
            supervision.reportMistake("emit to " + stream, (anchorIds.isEmpty() ? RuntimeMessage.BOLT_EMIT_DROPPED
                    : dropped(anchorIds)).format(problem));
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

    /** What a failure of its subprocess costs the bolt: what the kind says it held. */
    private final class Failures implements Supervision.Owner {
        @Override
        public String release(Subprocess failed) {
            dropQueuedWrites(); // what it was to be sent is held, and released here
            return ShellBoltCore.this.release();
        }

        @Override
        public void restarted(Subprocess subprocess) {
            lastHeard.set(System.currentTimeMillis());
        }

        @Override
        public void gaveUp() {
            // What arrived while it paused before its last restart: released now, so that the spout
            // replays it and the next execute stops the worker, not a message timeout later.
            dropQueuedWrites();
            releaseAfterGivingUp();
        }
    }
}
