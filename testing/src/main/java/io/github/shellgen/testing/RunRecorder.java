package io.github.shellgen.testing;

import io.github.shellgen.runtime.Restarts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.storm.task.TopologyContext;

/**
 * What the tracked components of one run saw, in this JVM: the in-process cluster deserializes
 * its own copies of the components, which find their run here by its id. Counters are updated on
 * the executors' threads and read by the run loop.
 */
final class RunRecorder {

    private static final Map<String, RunRecorder> RUNS = new ConcurrentHashMap<>();

    /** A spout tuple tree: the spout task and the message id it emitted with. */
    private record TreeKey(int task, Object messageId) {}

    /**
     * One component's counters, and its emitted tuples per stream if the run keeps them. A task
     * resolves its component's once, when it starts, so the path of every tuple looks nothing up by
     * name.
     */
    static final class Counters {
        final Map<String, LongAdder> emittedByStream = new ConcurrentHashMap<>();
        /** Source component to source stream to the tuples a bolt was given from it (their sum: executed). */
        final Map<String, Map<String, LongAdder>> executedByInput = new ConcurrentHashMap<>();
        final LongAdder acked = new LongAdder();
        final LongAdder failed = new LongAdder();
        /** Stream to the tuples emitted, lock-free appends; null when the run does not keep them. */
        final Map<String, Queue<List<Object>>> captured;

        Counters(boolean capture) {
            this.captured = capture ? new ConcurrentHashMap<>() : null;
        }

        void emitted(String stream, List<Object> values) {
            LongAdder count = emittedByStream.get(stream);
            if (count == null) {
                count = emittedByStream.computeIfAbsent(stream, s -> new LongAdder());
            }
            count.increment();
            if (captured != null) {
                // Storm keeps the very list in the tuple it sends, so nobody changes it after the emit.
                captured.computeIfAbsent(stream, s -> new ConcurrentLinkedQueue<>()).add(values);
            }
        }
    }

    private final String id;
    private final CapturePolicy capture;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    private final Map<TreeKey, Long> pendingTrees = new ConcurrentHashMap<>();
    private final Set<TreeKey> failedNotReplayed = ConcurrentHashMap.newKeySet();
    private final Map<Integer, String> taskToComponent = new ConcurrentHashMap<>();
    private final Set<Integer> expectedTasks = ConcurrentHashMap.newKeySet();
    private final Set<Integer> readyTasks = ConcurrentHashMap.newKeySet();
    private final Set<Integer> closedTasks = ConcurrentHashMap.newKeySet();
    private final Set<Integer> activeSpoutTasks = ConcurrentHashMap.newKeySet();
    private final List<ReportedError> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<ReportedError> startFailures = Collections.synchronizedList(new ArrayList<>());
    private final List<ReportedError> gaveUp = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicLong> errorCounts = new ConcurrentHashMap<>();
    /**
     * Every event (emit, execute, ack, fail, error, start) counts here; the run loop notices that
     * the sum changed. One timestamp written by every executor thread on every tuple would be a
     * cache line all of them fight over, on the path whose speed the benchmarks measure.
     */
    private final LongAdder events = new LongAdder();
    private final LongAdder spoutEmits = new LongAdder();
    private long seenEvents = -1;
    private long seenSpoutEmits;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile long lastSpoutEmitNanos;
    private final AtomicLong lastFailNanos = new AtomicLong();
    private final AtomicLong firstAckNanos = new AtomicLong();
    private final AtomicLong lastAckNanos = new AtomicLong();
    private final LongAdder treesAcked = new LongAdder();
    private final LongAdder treesFailed = new LongAdder();
    private volatile boolean stopping;

    private RunRecorder(String id, CapturePolicy capture) {
        this.id = id;
        this.capture = capture;
    }

    static RunRecorder start(String id, CapturePolicy capture) {
        RunRecorder recorder = new RunRecorder(id, capture);
        RUNS.put(id, recorder);
        return recorder;
    }

    /** The run a tracked component belongs to; it exists from submission until the run is over. */
    static RunRecorder of(String id) {
        RunRecorder recorder = RUNS.get(id);
        if (recorder == null) {
            throw new IllegalStateException(TestingMessage.RUN_NOT_IN_PROGRESS.format(id));
        }
        return recorder;
    }

    void end() {
        RUNS.remove(id);
    }

    // ---- what the components report ----

    /** A task was opened or prepared; the first one learns every task the run must wait for. */
    void taskReady(TopologyContext context) {
        if (expectedTasks.isEmpty()) {
            context.getTaskToComponent().forEach((task, component) -> {
                // Storm's own: acker, system, metrics, and the checkpoint spout of a stateful topology
                if (!component.startsWith("__") && !TrackedTopology.isStormsOwn(component)) {
                    taskToComponent.put(task, component);
                    expectedTasks.add(task);
                }
            });
        }
        readyTasks.add(context.getThisTaskId());
        touch();
    }

    /** A task's open or prepare threw: its component cannot run. */
    void startFailed(String component, int task, String runs, Throwable error) {
        startFailures.add(ReportedError.of(component, task, runs, error));
        touch();
    }

    /** A task gave up on its subprocess, past its restart budget: it would stop its worker. */
    void gaveUp(String component, int task, String runs, Throwable error) {
        gaveUp.add(ReportedError.of(component, task, runs, error));
        touch();
    }

    List<ReportedError> gaveUp() {
        synchronized (gaveUp) {
            return List.copyOf(gaveUp);
        }
    }

    List<ReportedError> startFailures() {
        synchronized (startFailures) {
            return List.copyOf(startFailures);
        }
    }

    /** Components with a task that has not started (all of them before the first task has). */
    SortedSet<String> componentsNotStarted(Set<String> all) {
        if (expectedTasks.isEmpty()) {
            return new TreeSet<>(all);
        }
        SortedSet<String> waiting = new TreeSet<>();
        expectedTasks.stream().filter(t -> !readyTasks.contains(t)).forEach(t -> waiting.add(taskToComponent.get(t)));
        return waiting;
    }

    /** A spout task was activated (Storm activates each once it has opened) or deactivated. */
    void spoutActive(int task, boolean active) {
        if (active) {
            activeSpoutTasks.add(task);
        } else {
            activeSpoutTasks.remove(task);
        }
    }

    /** Whether no spout task is active: a deactivation has reached every one. */
    boolean spoutsInactive() {
        return activeSpoutTasks.isEmpty();
    }

    void taskClosed(int task) {
        closedTasks.add(task);
    }

    void emitted(Counters component, String stream, List<Object> values) {
        component.emitted(stream, values);
        touch();
    }

    void spoutEmitted(Counters component, int task, String stream, List<Object> values, Object messageId) {
        if (messageId != null) {
            TreeKey tree = new TreeKey(task, messageId);
            pendingTrees.put(tree, System.nanoTime());
            failedNotReplayed.remove(tree);
        }
        spoutEmits.increment();
        emitted(component, stream, values);
    }

    void spoutAcked(Counters component, int task, Object messageId) {
        pendingTrees.remove(new TreeKey(task, messageId));
        long now = System.nanoTime();
        if (firstAckNanos.get() == 0) {
            firstAckNanos.compareAndSet(0, now);
        }
        lastAckNanos.set(now);
        treesAcked.increment();
        component.acked.increment();
        touch();
    }

    void spoutFailed(Counters component, int task, Object messageId) {
        TreeKey tree = new TreeKey(task, messageId);
        pendingTrees.remove(tree);
        failedNotReplayed.add(tree);
        lastFailNanos.set(System.nanoTime());
        treesFailed.increment();
        component.failed.increment();
        touch();
    }

    void executed(Counters component, String sourceComponent, String sourceStream) {
        component.executedByInput.computeIfAbsent(sourceComponent, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(sourceStream, s -> new LongAdder()).increment();
        touch();
    }

    void boltAcked(Counters component) {
        component.acked.increment();
        touch();
    }

    void boltFailed(Counters component) {
        component.failed.increment();
        touch();
    }

    /**
     * Tuples a windowed bolt was given and has not acked, in windows that fire only on more input
     * (of tuple counts, or of event time): once the input ends they stay there, and their trees pending.
     */
    private final LongAdder heldInWindows = new LongAdder();

    void heldInWindow(int change) {
        heldInWindows.add(change);
    }

    long heldInWindows() {
        return heldInWindows.sum();
    }

    void activity() {
        touch();
    }

    /**
     * Records an error; returns how many times the component has reported this one (same summary)
     * in the run, this one included.
     */
    int error(ReportedError reported) {
        errors.add(reported);
        touch();
        long times = errorCounts.computeIfAbsent(reported.component() + '\n' + reported.summary(),
                k -> new AtomicLong()).incrementAndGet();
        return (int) Math.min(times, Integer.MAX_VALUE);
    }

    // ---- what the run loop reads ----

    /** From now on the run is being shut down: what dies of it is not the topology's failure. */
    void stopping() {
        stopping = true;
    }

    boolean isStopping() {
        return stopping;
    }

    boolean allTasksReady() {
        return !expectedTasks.isEmpty() && readyTasks.containsAll(expectedTasks);
    }

    int tasksReady() {
        return readyTasks.size();
    }

    /** Tasks of the topology's own components; 0 until the first one has started. */
    int tasksExpected() {
        return expectedTasks.size();
    }

    int tasksNotClosed() {
        Set<Integer> open = new HashSet<>(readyTasks);
        open.removeAll(closedTasks);
        return open.size();
    }

    /**
     * Called by the run loop, and only by it, at every poll: notes the time if anything happened, or
     * a spout emitted, since the previous poll, or while a subprocess is being restarted.
     */
    void observe(long now) {
        long sum = events.sum();
        // A subprocess being restarted will work again: the run is not quiet while one is.
        if (sum != seenEvents || Restarts.inProgress() > 0) {
            seenEvents = sum;
            lastActivityNanos = now;
        }
        long emits = spoutEmits.sum();
        if (emits != seenSpoutEmits) {
            seenSpoutEmits = emits;
            lastSpoutEmitNanos = now;
        }
    }

    /** When the run loop last saw something happen (to its poll interval). */
    long lastActivityNanos() {
        return lastActivityNanos;
    }

    /** When the run loop last saw a spout emit (to its poll interval); 0 if none has. */
    long lastSpoutEmitNanos() {
        return lastSpoutEmitNanos;
    }

    /** When a spout tuple tree last failed; 0 if none did. */
    long lastFailNanos() {
        return lastFailNanos.get();
    }

    int pendingTrees() {
        return pendingTrees.size();
    }

    /** Pending tuple trees per spout component id, for the message of a run that did not finish. */
    Map<String, Long> pendingBySpout() {
        Map<String, Long> bySpout = new TreeMap<>();
        pendingTrees.keySet().forEach(t -> bySpout.merge(taskToComponent.getOrDefault(t.task(), "task " + t.task()), 1L,
                Long::sum));
        return bySpout;
    }

    /** When the oldest pending tuple tree was emitted, or 0 if none is pending. */
    long oldestPendingNanos() {
        return pendingTrees.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }

    /** When the first spout tuple tree was acked; 0 if none was. */
    long firstAckNanos() {
        return firstAckNanos.get();
    }

    /** When the last spout tuple tree was acked; 0 if none was. */
    long lastAckNanos() {
        return lastAckNanos.get();
    }

    long treesAcked() {
        return treesAcked.sum();
    }

    long treesFailed() {
        return treesFailed.sum();
    }

    long treesFailedForGood() {
        return failedNotReplayed.size();
    }

    Map<String, Counters> counters() {
        return counters;
    }

    /** What {@code component} emitted on {@code stream}, in the order the appends happened. */
    List<List<Object>> captured(String component, String stream) {
        Counters kept = counters.get(component);
        Queue<List<Object>> tuples = kept == null || kept.captured == null ? null : kept.captured.get(stream);
        List<List<Object>> copies = new ArrayList<>();
        if (tuples != null) {
            tuples.forEach(t -> copies.add(Collections.unmodifiableList(new ArrayList<>(t))));
        }
        return copies;
    }

    /** The components and streams with kept tuples. */
    Map<String, Set<String>> capturedStreams() {
        Map<String, Set<String>> streams = new TreeMap<>();
        counters.forEach((component, kept) -> {
            if (kept.captured != null && !kept.captured.isEmpty()) {
                streams.put(component, Set.copyOf(kept.captured.keySet()));
            }
        });
        return streams;
    }

    List<ReportedError> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** The counters of {@code component}, made at its first task's start. */
    Counters counters(String component) {
        return counters.computeIfAbsent(component, c -> new Counters(capture.captures(c)));
    }

    private void touch() {
        events.increment();
    }
}
