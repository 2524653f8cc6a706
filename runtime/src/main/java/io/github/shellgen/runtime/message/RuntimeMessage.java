package io.github.shellgen.runtime.message;

import io.github.shellgen.runtime.RuntimeConfig;
import java.util.Locale;
import org.apache.storm.Config;

/**
 * Every text shellgen-runtime reports or logs, in one place: reports of a failed subprocess and
 * what happens next, the causes they name, the mistakes of a script, the checks before a start.
 * The constant's name is the text's tag, for searching and tests; the arguments are values only,
 * never wording. A report is built from several: the component ({@link #FAILURE}), the cause (such
 * as {@link #SILENT}), what it cost ({@link #BOLT_HELD_TUPLES}) and what happens next (the restart
 * budget's {@link #RESTARTING}, {@link #GIVING_UP}); {@link #next()} is the part of a text that says
 * what happens next, where it has one.
 */
public enum RuntimeMessage {

    // The checks before a start (thrown from prepare or open).
    SETTING_NOT_A_COUNT("%s cannot start: %s is %s, not a whole number of at least 0.",
            " Set it in the topology's or the component's configuration."),
    RESOURCE_MISSING("%s cannot start: %s is not in the topology's resources folder %s. Storm takes resources/ from"
            + " the first jar on the class path that has one: put the file in the jar's resources/ folder"
            + " (src/main/resources/resources/ in Maven), and put that jar first on the class path (storm jar does)."),
    PROGRAM_NOT_EXECUTABLE("%s cannot start: %s is not an executable file on this worker. Install it, or name"
            + " another program in the annotation."),
    PROGRAM_NOT_ON_PATH("%s cannot start: the program %s is not on the worker's PATH (%s). Install it on every worker"
            + " host, or name it by absolute path in the annotation."),
    NO_PROGRAM("a shell command needs a program"),

    // Starts.
    START_FAILED("%s failed to start `%s` in %s: it %s%s"),
    RESTART_FAILED("%s: restarting `%s` failed: it %s. %s%s"),
    COULD_NOT_RUN("could not be started: %s"),
    NO_HANDSHAKE("did not complete the handshake"),
    NOT_LOADED("did not finish starting (loading its script and initialize())"),
    START_STAGE("%s: it %s"),
    STARTUP_LIMIT("did not finish starting within %d s (" + RuntimeConfig.STARTUP_TIMEOUT_SECS + "; raise it with"
            + " startupTimeoutSecs on the component, or 0 to wait as long as it takes)"),
    STOPPED_WHILE_STARTING("was stopped with its component while it was starting"),
    NO_SERIALIZER("cannot make the multilang serializer %s (%s): %s"),
    NO_PID("answered the handshake without its pid: %s"),
    CLOSED_BEFORE_HANDSHAKE("the subprocess closed its standard output before answering the handshake"),
    LOG_STARTED("storm-shellgen: %s %s its subprocess: pid %d, `%s` in %s%s."),
    LOG_LOADING("; it is loading its script"),
    LOG_DEBUGGING("storm-shellgen: %s: its subprocess (pid %d) runs under %s at %s, and waits for the debugger"
            + " before it runs the script. Its heartbeat and startup limits are off while it is debugged."),
    DEBUG_NEEDS_LAUNCHER("%s cannot run under a debugger (%s names it): `%s` is not a Python script on storm-shellgen's"
            + " runtime (shellgen/run.py). Debug a component whose runtime is SHELLGEN, the default."),
    LOG_SERVING_AFTER("storm-shellgen: %s is serving, %d s after its subprocess (pid %d) was started."),

    // Failures: the report, and the causes it names.
    FAILURE("%s: its subprocess (pid %d, `%s`) %s. %s %s%s"),
    SILENT("sent nothing for %d s, not even an answer to a heartbeat (" + Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS
            + "), and was killed"),
    EXITED("exited with status %d"),
    KILLED_BY_SIGNAL("was killed by signal %d%s (exit status %d)"),
    KEPT_RUNNING("closed its standard output but kept running"),
    NOT_A_MESSAGE("broke the multilang protocol: wrote something that is not a message Storm understands (%s)"),
    NO_COMMAND("broke the multilang protocol: sent a message without a command (%s)"),
    UNKNOWN_COMMAND("broke the multilang protocol: sent the unknown command \"%s\""),
    COULD_NOT_SEND("could not be sent a message (%s), and was killed"),
    MESSAGE_TOO_LARGE("sent a message larger than %d bytes without its closing \"end\" line ("
            + RuntimeConfig.MAX_MESSAGE_BYTES + ")"),
    FRAME_TOO_LARGE("sent a frame of %d bytes, larger than %d bytes (" + RuntimeConfig.MAX_MESSAGE_BYTES + ")"),
    OUTPUT_CLOSED("the subprocess closed its standard output"),
    NOT_A_FRAME("expected a frame (byte 0xF5), read %s"),
    STRAY_TEXT("byte 0x%02X, the start of \"%s\""),
    FRAME_NOT_JSON("a frame whose payload is not JSON (%s)"),
    FRAME_NOT_ARRAY("a frame whose payload is not a JSON array"),
    FRAME_UNKNOWN_MESSAGE("a message that is not one the runtime sends: %s"),
    FRAME_MALFORMED("a malformed message: %s"),
    STATE_NOT_ASKED("broke the multilang protocol: sent state changes for \"%s\", which is not a checkpoint it"
            + " was asked for"),
    STATE_MALFORMED("broke the multilang protocol: sent state changes that are not [{key: JSON text, ...},"
            + " [deleted key, ...]]: %s"),
    NO_STDERR("\nIt wrote nothing to standard error."),
    STDERR_LINES("\nIts last lines on standard error:\n    %s"),

    // What a failure cost.
    BOLT_HELD_NO_TUPLES("It held no tuples."),
    STATE_HELD_NO_TUPLES("It held no tuples; the next subprocess starts from the state with every change given at"
            + " a checkpoint."),
    STATE_HELD_TUPLES("%d tuple%s it had not finished, or whose changes to the state it had not given at a"
            + " checkpoint yet, were failed, so a reliable spout replays them; the next subprocess starts from the"
            + " state with every change given at a checkpoint, so that none is counted twice."),
    BOLT_HELD_ONE_TUPLE("The tuple it held was failed, so a reliable spout replays it."),
    BOLT_HELD_TUPLES("%d tuples it held were failed, so a reliable spout replays them."),
    WINDOWS_HELD_NONE("It had handled every window it was given; the window's tuples stay in the window."),
    WINDOW_HELD("It had not finished a window: the next subprocess is given it again, whole. No tuple is failed:"
            + " the window's tuples stay in the window, and are acked once they have left it and every window that"
            + " held them is handled."),
    WINDOWS_HELD("It had not finished %d windows: the next subprocess is given them again, the first with the"
            + " whole window. No tuple is failed: the window's tuples stay in the window, and are acked once they"
            + " have left it and every window that held them is handled."),
    SPOUT_IDS_LOST("Acks and fails of the tuples it emitted no longer reach a subprocess: the new one does not know"
            + " their ids."),

    // What happens next: the restart budget's decision.
    RESTARTING("", "Restarting it %s (restart %d of at most %d within a minute)."),
    RESTART_NOW("now"),
    RESTART_IN("in %d s"),
    GIVING_UP("", "Giving up: this is failure %d within a minute, past the budget of %d restarts a minute ("
            + RuntimeConfig.RESTARTS_PER_MINUTE + ")."),
    RESTARTS_OFF("", "Giving up: restarts are off (" + RuntimeConfig.RESTARTS_PER_MINUTE + " is 0)."),
    GAVE_UP("%s", "\nThe %s stops its worker%s, as Storm's Shell%s does at the first failure; on a cluster the"
            + " supervisor then starts the worker again."),
    BOLT_THROWS_WHEN(" when it next receives a tuple"),

    // The script's mistakes, reported at most once per kind every 30 seconds.
    MISTAKE("%s (`%s`) %s"),
    UNREPORTED(" (%d more like this in the last %d s were not reported)"),
    SCRIPT_ERROR("Shell Process Exception: %s"),
    UNDECLARED_STREAM("emitted %s to stream \"%s\", which it does not declare; it declares %s.",
            " Declare the stream on the component, or emit to one of these"),
    WRONG_ARITY("emitted %s to stream \"%s\", which declares %d %s %s.", " Emit one value per declared field, in that"
            + " order"),
    NOT_DIRECT("emitted directly to a task on stream \"%s\", which is not declared direct.",
            " Declare it with direct = true, or emit without a task"),
    DIRECT("emitted without a task to stream \"%s\", which is declared direct.", " Emit with emitDirect (a task id)"),
    NO_TIMESTAMP_FIELD("received a tuple from \"%s\" (stream \"%s\", fields %s) without the field \"%s\" its"
            + " window takes event time from.", " The tuple was failed. Emit that field on every stream the bolt"
            + " subscribes to"),
    TIMESTAMP_NOT_MILLIS("received a tuple from \"%s\" (stream \"%s\") whose field \"%s\", which its window takes"
            + " event time from, is %s (%s), not a whole number of milliseconds.", " The tuple was failed. Emit the"
            + " time as an integer of milliseconds since the epoch, e.g. int(time.time() * 1000) in Python"),
    LATE_TUPLE_LEFT_OUT("received a late tuple from \"%s\" (stream \"%s\", %s = %s): the watermark had passed its"
            + " time, so every window it belongs to had fired.", " It was acked and left out. Set lateStream on @Window"
            + " to receive late tuples, or a longer maxLag to count them"),
    BOLT_EMIT_DROPPED("%s.", " The emit was dropped."),
    BOLT_ANCHORED_EMIT_DROPPED("%s.", " The emit was dropped and the tuple it was anchored to failed."),
    SPOUT_EMIT_DROPPED("%s.", " The tuple was not emitted."),
    SPOUT_EMIT_FAILED_BACK("%s.", " The tuple was not emitted, and is failed back to the script (id %s)."),
    METRIC_UNNAMED("sent a metrics update without a metric name;", " it was ignored"),
    METRIC_UNREGISTERED("updated the metric \"%s\", which the component does not register; declare it with @Metric"
            + " on the component.", " The update was ignored"),
    METRIC_NOT_SHELL("updated the metric \"%s\", which is not a shell metric (IShellMetric);", " the update was"
            + " ignored"),
    METRIC_REJECTED("updated the metric \"%s\" with %s, which it does not accept (%s);", " the update was ignored"),

    // The reaper, which ends subprocesses when the worker dies.
    REAPER_GONE("storm-shellgen: the subprocess reaper (pid %d) has gone: subprocesses started from now on may"
            + " outlive this worker if it is killed. %s"),
    REAPER_NO_SH("storm-shellgen: no /bin/sh on this worker, so nothing ends its subprocesses if the worker is"
            + " killed; they end when they next read from it."),
    REAPER_NOT_STARTED("storm-shellgen: could not start the subprocess reaper (%s): subprocesses may outlive this"
            + " worker if it is killed.");

    private final String text;
    private final String next;

    RuntimeMessage(String text) {
        this(text, "");
    }

    RuntimeMessage(String text, String next) {
        this.text = text;
        this.next = next;
    }

    /** What happens next, as this text says it (its template); empty where it says nothing of it. */
    public String next() {
        return next;
    }

    /** The text with its arguments. */
    public String format(Object... args) {
        return String.format(Locale.ROOT, text + next, args);
    }

    /** A value quoted in a message: at most its first 200 characters, then "...". */
    public static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
