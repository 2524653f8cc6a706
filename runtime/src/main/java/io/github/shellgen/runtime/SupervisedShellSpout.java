package io.github.shellgen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.multilang.SpoutMsg;
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
    private transient volatile Subprocess current;
    private transient ComponentGaveUpException gaveUp;
    private transient long restartAt;
    private transient boolean active;
    private transient AtomicLong lastHeard;
    private transient AtomicBoolean waiting;
    private transient List<Object> failBack;

    protected SupervisedShellSpout(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void open(Map<String, Object> topoConf, TopologyContext context, SpoutOutputCollector collector) {
        supervision = Supervision.prepare(SupervisedShellSpout.class, "spout", this, shellCommand(), topoConf, context);
        registerMetrics(context);
        this.collector = collector;
        lastHeard = new AtomicLong(System.currentTimeMillis());
        waiting = new AtomicBoolean();
        failBack = new ArrayList<>();
        current = supervision.startFirst();
        supervision.everySecond(this::checkHeartbeat);
    }

    @Override
    public final void close() {
        if (supervision == null) {
            return;
        }
        supervision.stop();
        Subprocess subprocess = current;
        current = null;
        if (subprocess != null) {
            subprocess.stop();
        }
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
        query("next", "");
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
        Subprocess subprocess = current;
        if (msgId instanceof MessageId id && subprocess != null && id.life() == subprocess.life) {
            query(command, id.id());
        } // else: emitted by a subprocess that has gone; the new one does not know the id
    }

    private void checkHeartbeat() {
        Subprocess subprocess = current;
        if (subprocess != null && waiting.get()
                && System.currentTimeMillis() - lastHeard.get() > supervision.timeoutMillis) {
            subprocess.kill(supervision.silentFor());
        }
    }

    /** Sends one command and handles what the subprocess sends until it answers with sync. */
    private void query(String command, Object id) {
        if (gaveUp != null) {
            throw gaveUp;
        }
        Subprocess subprocess = current;
        if (subprocess == null) {
            subprocess = restartIfDue();
            if (subprocess == null) {
                return;
            }
        }
        lastHeard.set(System.currentTimeMillis());
        waiting.set(true);
        try {
            SpoutMsg message = new SpoutMsg();
            message.setCommand(command);
            message.setId(id);
            subprocess.serializer.writeSpoutMsg(message);
            while (true) {
                ShellMsg reply = subprocess.serializer.readShellMsg();
                lastHeard.set(System.currentTimeMillis());
                if ("sync".equals(reply.getCommand())) {
                    break;
                }
                String broken = handle(subprocess, reply);
                if (broken != null) {
                    subprocess.kill(broken);
                }
            }
        } catch (Throwable error) {
            waiting.set(false);
            failed(subprocess, subprocess.failureCause(error));
            return;
        } finally {
            waiting.set(false);
        }
        if (!failBack.isEmpty()) {
            List<Object> ids = new ArrayList<>(failBack);
            failBack.clear();
            for (Object rejected : ids) {
                query("fail", rejected);
            }
        }
    }

    /** Handles one message other than sync; returns how it broke the protocol, if it did. */
    private String handle(Subprocess subprocess, ShellMsg message) throws Exception {
        if ("emit".equals(message.getCommand())) {
            emit(subprocess, message);
            return null;
        }
        return supervision.handleCommon(message, collector);
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
            supervision.reportMistake("emit to " + stream, problem + ". The tuple was not emitted"
                    + (scriptId == null ? "." : ", and is failed back to the script (id " + scriptId + ")."), collector);
            if (task == 0 && message.areTaskIdsNeeded()) {
                subprocess.serializer.writeTaskIds(List.of()); // the script waits for them
            }
            return;
        }
        Object messageId = scriptId == null ? null : new MessageId(subprocess.life, scriptId);
        if (task == 0) {
            List<Integer> tasks = collector.emit(stream, message.getTuple(), messageId);
            if (message.areTaskIdsNeeded()) {
                subprocess.serializer.writeTaskIds(tasks);
            }
        } else {
            collector.emitDirect((int) task, stream, message.getTuple(), messageId);
        }
    }

    /** The subprocess can no longer be talked to: report, and restart it when its pause is over, or give up. */
    private void failed(Subprocess subprocess, String cause) {
        current = null;
        failBack.clear();
        RestartBudget.Decision next = supervision.budget.afterFailure(System.currentTimeMillis());
        String cost = "Acks and fails of the tuples it emitted no longer reach a subprocess: the new one does not"
                + " know their ids.";
        report(supervision.failureReport(subprocess, cause, cost, next), next);
    }

    private void report(String report, RestartBudget.Decision next) {
        if (!next.restart()) {
            gaveUp = supervision.giveUp(report, "", collector);
            return;
        }
        supervision.report(report, collector);
        restartAt = System.currentTimeMillis() + next.pauseMillis();
    }

    /** Starts the subprocess again once its pause is over; null until then, or if that failed too. */
    private Subprocess restartIfDue() {
        if (System.currentTimeMillis() < restartAt) {
            Utils.sleep(1); // as an idle spout would
            return null;
        }
        try {
            Subprocess restarted = supervision.start();
            current = restarted;
            if (active) {
                query("activate", "");
            }
            return current;
        } catch (Subprocess.StartFailure failure) {
            RestartBudget.Decision next = supervision.budget.afterFailure(System.currentTimeMillis());
            report(supervision.startFailureReport(failure, next), next);
            return null;
        }
    }
}
