package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import io.github.shellgen.runtime.wire.Wire;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.apache.storm.Constants;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IWindowedBolt;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.windowing.TimestampExtractor;
import org.apache.storm.windowing.TupleWindow;

/**
 * A windowed bolt whose work is done by a subprocess: Storm's {@code WindowedBoltExecutor} (through
 * {@link WindowedShellBoltExecutor}) buffers the input, fires the windows, evicts and acks; this
 * bolt gives each window to the subprocess, which keeps the window's contents, so that no tuple is
 * sent twice: a window message carries the tuples the subprocess does not have yet, the ids of the
 * new ones (Storm's) and of those that left the window since the last window the subprocess was
 * sent, and the window's start and end. The subprocess acks the
 * window once it has handled it; its emits meanwhile are anchored to every tuple of the window, as
 * Storm's windowed collector anchors them.
 *
 * <p>A tuple that leaves the window is acked once the subprocess has handled every window that
 * held it. When the subprocess fails, nothing is failed: the windows it had not handled go whole
 * to the next subprocess, which gets the window's current contents with the first of them; the
 * restart, the report and the budget are those of {@link SupervisedShellBolt}.
 *
 * <p>The window is set in the component configuration Storm reads it from
 * ({@code topology.bolts.window.length.count} and the like); a timestamp field there
 * ({@link RuntimeConfig#WINDOW_TIMESTAMP_FIELD}) makes the window one of event time. Generated
 * windowed bolts extend it; run one through {@code new WindowedShellBoltExecutor(bolt)}.
 */
public abstract class WindowedShellBolt extends ShellBoltCore implements IWindowedBolt {

    private static final long serialVersionUID = 1L;

    /** The stream a window message comes on, to a subprocess. */
    public static final String WINDOW_STREAM = "__window";
    /** How a window's id starts: the rest is its number. */
    private static final char WINDOW_ID_PREFIX = 'w';

    /** One window, as Storm gave it. */
    private record Window(long number, List<Tuple> tuples, List<Tuple> fresh, Long start, Long end) {}

    /** Tuples that left the window, acked once every window up to {@code lastWindow} is handled. */
    private record Expiry(long lastWindow, List<Tuple> tuples, Consumer<List<Tuple>> ack) {}

    /** Windows given to the subprocess and not yet acked, by number. */
    private transient ConcurrentSkipListMap<Long, Window> pending;
    private transient Deque<Expiry> expiries;
    private transient long lastWindow;
    /** What left the window before each window not yet acked, once that window has been sent. */
    private transient Map<Long, List<Tuple>> expiredOf;
    // The writer thread's own: what the current subprocess has, by the id it knows each by (Storm's
    // tuples are equal by identity), the tuples of the last window sent (to any subprocess), oldest
    // first, and the number of the last window sent.
    private transient LinkedHashMap<Tuple, String> known;
    private transient Set<Tuple> lastSent;
    private transient long tupleIds;
    private transient long sentUpTo;

    protected WindowedShellBolt(ShellCommand shell) {
        super(shell);
    }

    @Override
    public final void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        pending = new ConcurrentSkipListMap<>();
        expiries = new ArrayDeque<>();
        known = new LinkedHashMap<>();
        lastSent = new LinkedHashSet<>();
        expiredOf = new ConcurrentHashMap<>();
        start(WindowedShellBolt.class, topoConf, context, collector);
    }

    /** Called by Storm's executor with each window: queues it for the subprocess. */
    @Override
    public final void execute(TupleWindow window) {
        throwIfGaveUp();
        long number;
        synchronized (pending) { // numbered in order, whichever thread fires the window
            number = ++lastWindow;
            pending.put(number, new Window(number, List.copyOf(window.get()), List.copyOf(window.getNew()),
                    window.getStartTimestamp(), window.getEndTimestamp()));
        }
        // Queued outside the lock: a full queue waits for the writer, never for the reader. The
        // message only wakes the writer, which sends every window not sent yet, in order.
        BoltMsg message = new BoltMsg();
        message.setId(WINDOW_ID_PREFIX + Long.toString(number));
        queue(message);
    }

    /**
     * Tuples that left the window: acked through {@code ack} (Storm's own acking) once the
     * subprocess has handled every window that held them, at once if it has.
     */
    final void expired(List<Tuple> tuples, Consumer<List<Tuple>> ack) {
        synchronized (pending) {
            if (!pending.isEmpty()) { // a window given, and not handled yet, may hold them
                expiries.add(new Expiry(lastWindow, List.copyOf(tuples), ack));
                return;
            }
        }
        ack.accept(tuples);
    }

    @Override
    public final void cleanup() {
        stop();
    }

    /**
     * Event time from the field the component configuration names, if it names one: Storm's
     * executor asks for it when it is made.
     */
    @Override
    public final TimestampExtractor getTimestampExtractor() {
        String field = timestampField(getComponentConfiguration());
        return field == null ? null : new EventTime(field);
    }

    /** The field a component configuration takes event time from; null for processing time. */
    static String timestampField(Map<String, Object> conf) {
        Object field = conf == null ? null : conf.get(RuntimeConfig.WINDOW_TIMESTAMP_FIELD);
        return field == null ? null : field.toString();
    }

    /** Reports what a tuple got wrong, at most once per kind every 30 seconds. */
    final void reportMistake(String kind, String message) {
        supervision.reportMistake(kind, message);
    }

    @Override
    final void send(Wire wire, BoltMsg message) throws IOException {
        // The message only says a window is waiting: every window not sent yet goes, in order (those
        // sent already, such as those sent whole to a new subprocess, are skipped).
        for (Window window : pending.tailMap(sentUpTo, false).values()) {
            sendWindow(wire, window);
        }
    }

    private void sendWindow(Wire wire, Window window) throws IOException {
        // What left the window since the last window sent, oldest first: worked out once, when the
        // window is first sent, so that a restarted subprocess is told the same. (Not Storm's
        // getExpired(): it leaves out what expired while the window was empty, when no window fires.)
        List<Tuple> expired = expiredOf.get(window.number());
        if (expired == null) {
            Set<Tuple> current = Collections.newSetFromMap(new IdentityHashMap<>(window.tuples().size() * 2));
            current.addAll(window.tuples());
            expired = new ArrayList<>();
            for (Tuple had : lastSent) {
                if (!current.contains(had)) {
                    expired.add(had);
                }
            }
            expiredOf.put(window.number(), expired);
        }
        // The tuples the subprocess does not have yet: a new subprocess, all of them.
        List<Object> tuples = new ArrayList<>();
        for (List<Tuple> part : List.of(expired, window.tuples())) {
            for (Tuple tuple : part) {
                if (!known.containsKey(tuple)) {
                    String id = Long.toString(++tupleIds);
                    known.put(tuple, id);
                    tuples.add(tupleMessage(id, tuple));
                }
            }
        }
        List<Object> fresh = new ArrayList<>(window.fresh().size());
        for (Tuple tuple : window.fresh()) {
            fresh.add(known.get(tuple));
        }
        List<Object> expiredIds = new ArrayList<>(expired.size());
        for (Tuple tuple : expired) {
            expiredIds.add(known.remove(tuple));
        }
        List<Object> values = new ArrayList<>(5);
        values.add(tuples);
        values.add(fresh);
        values.add(expiredIds);
        values.add(window.start());
        values.add(window.end());
        wire.sendTuple(WINDOW_ID_PREFIX + Long.toString(window.number()), SYSTEM_COMPONENT, WINDOW_STREAM,
                (int) Constants.SYSTEM_TASK_ID, values);
        lastSent.clear();
        lastSent.addAll(window.tuples());
        sentUpTo = Math.max(sentUpTo, window.number());
    }

    /** A tuple inside a window message: the fields of Storm's tuple message. */
    private static Map<String, Object> tupleMessage(String id, Tuple tuple) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("comp", tuple.getSourceComponent());
        message.put("stream", tuple.getSourceStreamId());
        message.put("task", tuple.getSourceTask());
        message.put("tuple", tuple.getValues());
        return message;
    }

    @Override
    final boolean stillHeld(BoltMsg message) {
        return false; // windows go again, whole, through sendingTo
    }

    @Override
    final void sendingTo(Subprocess subprocess, Wire wire) throws IOException {
        // It has nothing: every window not yet handled goes to it, the first with the whole window
        // (what was queued of them is skipped when its turn comes).
        known.clear();
        for (Window window : pending.values()) {
            sendWindow(wire, window);
        }
        wire.flush();
    }

    @Override
    final boolean addAnchors(String id, List<Tuple> anchors) {
        Window window = isWindowId(id) ? pending.get(number(id)) : null;
        if (window == null) {
            return false;
        }
        anchors.addAll(window.tuples());
        return true;
    }

    @Override
    final void answered(String id, boolean acked) {
        if (!isWindowId(id)) {
            return; // not a window's: a script that acks what it should not is harmless here
        }
        List<Expiry> due = new ArrayList<>();
        synchronized (pending) {
            pending.remove(number(id));
            expiredOf.remove(number(id));
            long handled = pending.isEmpty() ? Long.MAX_VALUE : pending.firstKey() - 1;
            while (!expiries.isEmpty() && expiries.peekFirst().lastWindow() <= handled) {
                due.add(expiries.pollFirst());
            }
        }
        for (Expiry expiry : due) {
            expiry.ack().accept(expiry.tuples());
        }
    }

    @Override
    final RuntimeMessage dropped(List<String> ids) {
        return RuntimeMessage.BOLT_EMIT_DROPPED; // the window's tuples stay in the window
    }

    @Override
    final String release() {
        int windows = pending.size();
        return windows == 0 ? RuntimeMessage.WINDOWS_HELD_NONE.format()
                : windows == 1 ? RuntimeMessage.WINDOW_HELD.format()
                : RuntimeMessage.WINDOWS_HELD.format(windows);
    }

    @Override
    final void releaseAfterGivingUp() {
        // The windows' tuples stay unacked: when the worker stops, a reliable spout replays them.
    }

    private static boolean isWindowId(String id) {
        return id != null && id.length() > 1 && id.charAt(0) == WINDOW_ID_PREFIX;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
