package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.storm.Constants;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.state.KeyValueState;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IStatefulBolt;
import org.apache.storm.tuple.Tuple;

/**
 * A stateful bolt whose work is done by a subprocess: Storm's {@code StatefulBoltExecutor} and its
 * checkpoint spout drive it as any {@code IStatefulBolt}, and its state is Storm's
 * {@link KeyValueState} of text keys and JSON text values, kept by the topology's state provider.
 *
 * <p>The subprocess (a {@code storm.StatefulBolt}) keeps a copy of the state and changes it as it
 * handles tuples. At each checkpoint ({@link #prePrepare}) it is asked for what it changed since the
 * last one; the changes go into Storm's state before Storm prepares and commits it, and only then are
 * the tuples it handled meanwhile acked to Storm, which acks them upstream once the commit is done.
 * So the state Storm commits holds the changes of exactly the tuples it acks.
 *
 * <p>When the subprocess fails, the tuples it had not handled, and those whose changes it had not
 * given yet, are failed (a reliable spout replays them), and the next subprocess starts from the
 * state with every change given so far: it keeps nothing Storm will not commit. When Storm rolls the
 * state back (a failure elsewhere in the topology), every tuple not committed is failed and the
 * subprocess is given the committed state. The restart, the report and the budget are those of
 * {@link SupervisedShellBolt}.
 *
 * <p>Generated stateful bolts extend it; {@code TopologyBuilder.setBolt} and Flux run it through
 * Storm's {@code StatefulBoltExecutor}, and add the checkpoint spout.
 */
public abstract class StatefulShellBolt extends ShellBoltCore implements IStatefulBolt<KeyValueState<String, String>> {

    private static final long serialVersionUID = 1L;

    /** The stream the state comes on to a subprocess: values [[[key, JSON text], ...], last part?]. */
    public static final String STATE_STREAM = "__state";
    /** The stream a checkpoint comes on to a subprocess: values [txid]; it answers with its changes. */
    public static final String CHECKPOINT_STREAM = "__checkpoint";
    /** Keys per message of the state sent to a subprocess. */
    private static final int STATE_PART = 1000;
    private static final char LOAD_PREFIX = 's';
    private static final char CHECKPOINT_PREFIX = 'c';

    /** One checkpoint's request for the subprocess' changes, answered (or given up) once. */
    private static final class Collect {
        final String id;
        final CountDownLatch done = new CountDownLatch(1);

        Collect(String id) {
            this.id = id;
        }
    }

    /** The tuples given to a subprocess and not yet acked or failed. */
    private transient InFlight inputs;
    // Guarded by lock, shared by the reader (changes, acks), the writer (a new subprocess' state) and
    // the executor (checkpoints, rollbacks): the state as the subprocess has it, the changes it gave
    // that Storm's state does not have yet, the tuples whose changes those are, and the tuples it
    // acked whose changes it has not given yet.
    private transient Object lock;
    private transient Map<String, String> view;
    private transient Map<String, String> puts;
    private transient Set<String> deletes;
    private transient List<Tuple> given;
    private transient List<Tuple> handled;
    /** The checkpoint waiting for the subprocess' changes; null when none waits. */
    private transient volatile Collect collecting;
    /** Whether Storm has given the state: before that, a subprocess is given none. */
    private transient volatile boolean initialized;
    // The reader's own: the changes of the checkpoint being answered, until its ack.
    private transient Map<String, String> incomingPuts;
    private transient Set<String> incomingDeletes;
    // The executor's own.
    private transient KeyValueState<String, String> state;
    private transient boolean rolledBack;

    protected StatefulShellBolt(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        inputs = new InFlight();
        lock = new Object();
        view = new HashMap<>();
        puts = new HashMap<>();
        deletes = new LinkedHashSet<>();
        given = new ArrayList<>();
        handled = new ArrayList<>();
        incomingPuts = new LinkedHashMap<>();
        incomingDeletes = new LinkedHashSet<>();
        Map<String, Object> conf = new HashMap<>(topoConf);
        conf.put(RuntimeConfig.STATEFUL, true); // the Python runtime then expects a storm.StatefulBolt
        start(StatefulShellBolt.class, conf, context, collector);
    }

    /** Storm gives the committed state, before the first tuple: the subprocess is given it. */
    @Override
    public final void initState(KeyValueState<String, String> state) {
        this.state = state;
        load(() -> initialized = true); // from now on a new subprocess is given it, before the load queued here
    }

    @Override
    public final void execute(Tuple input) {
        throwIfGaveUp();
        reloadIfRolledBack();
        queue(inputs.hold(nextId(), input));
    }

    /**
     * Before Storm prepares the state for commit: asks the subprocess for its changes, waits for them
     * (or for its failure), puts every change given so far into Storm's state, and acks the tuples they
     * come from, which Storm holds until the commit.
     */
    @Override
    public final void prePrepare(long txid) {
        throwIfGaveUp();
        reloadIfRolledBack();
        Collect collect = new Collect(CHECKPOINT_PREFIX + nextId());
        collecting = collect;
        BoltMsg message = new BoltMsg();
        message.setId(collect.id);
        message.setTuple(List.of(txid));
        queue(message);
        try {
            collect.done.await(); // counted down by the answer, by the subprocess' failure, or when stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the worker is stopping
        }
        collecting = null;
        Map<String, String> newPuts;
        Set<String> newDeletes;
        List<Tuple> acked;
        synchronized (lock) {
            newPuts = puts;
            newDeletes = deletes;
            acked = given;
            puts = new HashMap<>();
            deletes = new LinkedHashSet<>();
            given = new ArrayList<>();
        }
        newDeletes.forEach(state::delete);
        newPuts.forEach(state::put);
        acked.forEach(collector::ack);
    }

    @Override
    public final void preCommit(long txid) {
        reloadIfRolledBack();
    }

    /**
     * Storm rolls the state back to its last commit: every tuple not committed is failed (Storm fails
     * those it holds; this bolt those it holds), and the subprocess is given the committed state
     * before the next tuple.
     */
    @Override
    public final void preRollback() {
        inputs.failAll(collector);
        synchronized (lock) {
            given.forEach(collector::fail);
            handled.forEach(collector::fail);
            given.clear();
            handled.clear();
            puts.clear();
            deletes.clear();
        }
        rolledBack = state != null;
    }

    @Override
    public final void cleanup() {
        Collect collect = collecting;
        if (collect != null) {
            collect.done.countDown();
        }
        stop();
        if (inputs != null) {
            inputs.clear();
        }
    }

    private void reloadIfRolledBack() {
        if (rolledBack) { // Storm's state is the committed one by now (it rolls back after preRollback)
            rolledBack = false;
            load(() -> { });
        }
    }

    /** The subprocess' copy becomes Storm's state: sent before anything queued after this. */
    private void load(Runnable loaded) {
        Map<String, String> contents = new HashMap<>();
        state.forEach(entry -> contents.put(entry.getKey(), entry.getValue()));
        synchronized (lock) {
            view = contents;
        }
        loaded.run();
        BoltMsg message = new BoltMsg();
        message.setId(LOAD_PREFIX + nextId());
        queue(message);
    }

    @Override
    final void send(Wire wire, BoltMsg message) throws IOException {
        String id = message.getId();
        if (isMarked(id, LOAD_PREFIX)) {
            sendState(wire);
        } else if (isMarked(id, CHECKPOINT_PREFIX)) {
            wire.sendTuple(id, SYSTEM_COMPONENT, CHECKPOINT_STREAM, (int) Constants.SYSTEM_TASK_ID, message.getTuple());
        } else {
            InFlight.send(wire, message);
        }
    }

    /** The state as the subprocess is to have it, in parts; the last part says it is the last. */
    private void sendState(Wire wire) throws IOException {
        List<Object> entries = new ArrayList<>();
        synchronized (lock) {
            view.forEach((key, value) -> entries.add(List.of(key, value)));
        }
        int from = 0;
        do {
            int to = Math.min(entries.size(), from + STATE_PART);
            List<Object> values = new ArrayList<>(2);
            values.add(new ArrayList<>(entries.subList(from, to)));
            values.add(to == entries.size());
            wire.sendTuple(LOAD_PREFIX + nextId(), SYSTEM_COMPONENT, STATE_STREAM, (int) Constants.SYSTEM_TASK_ID,
                    values);
            from = to;
        } while (from < entries.size());
    }

    @Override
    final boolean stillHeld(BoltMsg message) {
        // A write that failed may have been the first to a subprocess that had already failed, after
        // the failure released what it held: a state goes again (right after the one sendingTo sent:
        // the same), and so does the request of a checkpoint that still waits for its answer.
        String id = message.getId();
        if (isMarked(id, LOAD_PREFIX)) {
            return true;
        }
        if (isMarked(id, CHECKPOINT_PREFIX)) {
            Collect collect = collecting;
            return collect != null && collect.id.equals(id) && collect.done.getCount() > 0;
        }
        return inputs.holds(id);
    }

    @Override
    final void sendingTo(Subprocess subprocess, Wire wire) throws IOException {
        if (initialized) {
            sendState(wire);
            wire.flush();
        }
    }

    @Override
    final boolean addAnchors(String id, List<Tuple> anchors) {
        return inputs.addAnchor(id, anchors);
    }

    @Override
    final void answered(String id, boolean acked) {
        if (isMarked(id, CHECKPOINT_PREFIX)) {
            answeredCheckpoint(id, acked);
            return;
        }
        Tuple tuple = inputs.answered(id);
        if (tuple == null) {
            return; // failed already, when an earlier subprocess failed or Storm rolled back
        }
        if (acked) {
            synchronized (lock) {
                handled.add(tuple); // acked to Storm once its changes are given, at a checkpoint
            }
        } else {
            collector.fail(tuple); // the script undid its changes
        }
    }

    @Override
    final String stateChanges(ShellMsg message) {
        String id = String.valueOf(message.getId());
        List<Object> changes = message.getTuple();
        if (!isMarked(id, CHECKPOINT_PREFIX)) {
            return RuntimeMessage.STATE_NOT_ASKED.format(id);
        }
        if (changes == null || changes.size() != 2 || !(changes.get(0) instanceof Map<?, ?> newPuts)
                || !(changes.get(1) instanceof List<?> newDeletes)) {
            return RuntimeMessage.STATE_MALFORMED.format(RuntimeMessage.abbreviate(changes));
        }
        for (Map.Entry<?, ?> put : newPuts.entrySet()) {
            if (!(put.getValue() instanceof String value)) {
                return RuntimeMessage.STATE_MALFORMED.format(RuntimeMessage.abbreviate(changes));
            }
            incomingDeletes.remove(put.getKey().toString());
            incomingPuts.put(put.getKey().toString(), value);
        }
        for (Object key : newDeletes) {
            incomingPuts.remove(String.valueOf(key));
            incomingDeletes.add(String.valueOf(key));
        }
        return null;
    }

    /** The subprocess gave every change of a checkpoint: they count from now on, with their tuples. */
    private void answeredCheckpoint(String id, boolean acked) {
        synchronized (lock) {
            if (acked) {
                incomingDeletes.forEach(key -> {
                    view.remove(key);
                    puts.remove(key);
                    deletes.add(key);
                });
                incomingPuts.forEach((key, value) -> {
                    view.put(key, value);
                    deletes.remove(key);
                    puts.put(key, value);
                });
                given.addAll(handled);
                handled.clear();
            }
            incomingPuts.clear();
            incomingDeletes.clear();
        }
        Collect collect = collecting;
        if (collect != null && collect.id.equals(id)) {
            collect.done.countDown();
        }
    }

    @Override
    final RuntimeMessage dropped(List<String> ids) {
        inputs.failAnchors(ids, collector);
        return RuntimeMessage.BOLT_ANCHORED_EMIT_DROPPED;
    }

    @Override
    final String release() {
        incomingPuts.clear(); // a part of a checkpoint's changes, from the failed subprocess
        incomingDeletes.clear();
        int failed = inputs.failAll(collector);
        synchronized (lock) {
            handled.forEach(collector::fail);
            failed += handled.size();
            handled.clear();
        }
        Collect collect = collecting;
        if (collect != null) {
            collect.done.countDown(); // the checkpoint goes on with the changes given so far
        }
        return failed == 0 ? RuntimeMessage.STATE_HELD_NO_TUPLES.format()
                : RuntimeMessage.STATE_HELD_TUPLES.format(failed, failed == 1 ? "" : "s");
    }

    @Override
    final void releaseAfterGivingUp() {
        release();
    }

    private static boolean isMarked(String id, char prefix) {
        return id != null && id.length() > 1 && id.charAt(0) == prefix;
    }
}
