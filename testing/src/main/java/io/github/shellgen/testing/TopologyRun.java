package io.github.shellgen.testing;

import io.github.shellgen.diagram.Edge;
import io.github.shellgen.diagram.TopologyGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.apache.storm.utils.Utils;

/**
 * What one run of a topology did: every tuple each component emitted (per stream), per-component
 * counts, the errors the components reported, and how long it took. Immutable.
 */
public final class TopologyRun {

    private final String name;
    private final boolean finished;
    /** Why the run was stopped before the work was done, for the report; empty when it finished. */
    private final String stopped;
    private final Map<String, ComponentStats> components;
    /** Per subscription, the tuples its bolt was given on it (tick tuples not counted). */
    private final Map<Edge.Key, Long> executedByEdge;
    private final Map<String, Map<String, List<List<Object>>>> emitted;
    private final List<ReportedError> errors;
    private final long treesAcked;
    private final long treesFailed;
    private final long treesFailedForGood;
    private final long treesPending;
    private final long treesInWindows;
    private final Duration startup;
    private final Duration runTime;
    private final Duration firstTreeAcked;
    private final Duration lastTreeAcked;

    TopologyRun(String name, boolean finished, TrackedTopology topology, RunRecorder recorder, long submittedNanos,
            Duration startup, Duration runTime) {
        this.name = name;
        this.finished = finished;
        this.stopped = finished ? ""
                : !recorder.startFailures().isEmpty() ? TestingMessage.STOPPED_START_FAILED.format()
                : !recorder.gaveUp().isEmpty() ? TestingMessage.STOPPED_GAVE_UP.format()
                : TestingMessage.STOPPED_TIME_LIMIT.format();
        Map<String, ComponentStats> components = new LinkedHashMap<>();
        topology.runsByComponent().forEach((id, runs) -> {
            RunRecorder.Counters counters = recorder.counters().get(id);
            Map<String, Long> byStream = new TreeMap<>();
            long executed = 0;
            long acked = 0;
            long failed = 0;
            if (counters != null) {
                counters.emittedByStream.forEach((stream, count) -> byStream.put(stream, count.sum()));
                executed = counters.executedByInput.values().stream().flatMap(streams -> streams.values().stream())
                        .mapToLong(LongAdder::sum).sum();
                acked = counters.acked.sum();
                failed = counters.failed.sum();
            }
            components.put(id, new ComponentStats(id, topology.kindByComponent().get(id), runs, byStream, executed,
                    acked, failed));
        });
        this.components = Collections.unmodifiableMap(components);
        Map<Edge.Key, Long> byEdge = new HashMap<>();
        recorder.counters().forEach((bolt, counters) -> counters.executedByInput.forEach((from, streams) ->
                streams.forEach((stream, count) -> byEdge.put(new Edge.Key(from, stream, bolt), count.sum()))));
        this.executedByEdge = Collections.unmodifiableMap(byEdge);
        Map<String, Map<String, List<List<Object>>>> emitted = new HashMap<>();
        recorder.capturedStreams().forEach((component, streams) -> streams.forEach(stream -> emitted
                .computeIfAbsent(component, c -> new HashMap<>())
                .put(stream, Collections.unmodifiableList(recorder.captured(component, stream)))));
        this.emitted = emitted;
        this.errors = recorder.errors();
        this.treesAcked = recorder.treesAcked();
        this.treesFailed = recorder.treesFailed();
        this.treesFailedForGood = recorder.treesFailedForGood();
        this.treesPending = recorder.pendingTrees();
        this.treesInWindows = Math.min(treesPending, recorder.heldInWindows());
        this.startup = startup;
        this.runTime = runTime;
        this.firstTreeAcked = sinceSubmission(recorder.firstAckNanos(), submittedNanos);
        this.lastTreeAcked = sinceSubmission(recorder.lastAckNanos(), submittedNanos);
    }

    private static Duration sinceSubmission(long nanos, long submittedNanos) {
        return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos - submittedNanos);
    }

    /** The topology name the run submitted. */
    public String name() {
        return name;
    }

    /**
     * True when the run ended because the work was done (every tuple tree acked, or failed and not
     * replayed, and a quiet period passed); false when it was stopped at its time limit.
     */
    public boolean finished() {
        return finished;
    }

    /** Every tuple {@code component} emitted on its default stream, as value lists, in emit order per task. */
    public List<List<Object>> emitted(String component) {
        return emitted(component, Utils.DEFAULT_STREAM_ID);
    }

    /** Every tuple {@code component} emitted on {@code stream}, as value lists, in emit order per task. */
    public List<List<Object>> emitted(String component, String stream) {
        requireComponent(component);
        return emitted.getOrDefault(component, Map.of()).getOrDefault(stream, List.of());
    }

    /** Per component id, what it did: spouts first, then bolts in the order tuples flow through them. */
    public Map<String, ComponentStats> components() {
        return components;
    }

    /** What {@code component} did. */
    public ComponentStats component(String component) {
        requireComponent(component);
        return components.get(component);
    }

    /**
     * The topology's diagram, as the build drew it, with this run's counts: per component the
     * tuples a spout emitted or a bolt executed, per subscription the tuples its bolt executed from
     * it. Empty when the class path has no graph for this topology name (a topology storm-shellgen
     * did not generate). {@code io.github.shellgen.diagram.Diagrams} turns it into files.
     */
    public Optional<TopologyGraph> diagram() {
        String resource = TopologyGraph.resource(name);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : TopologyRun.class.getClassLoader())
                .getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, Long> byComponent = new HashMap<>();
            components.values().forEach(c -> byComponent.put(c.id(), c.kind().equals("spout") ? c.emitted()
                    : c.executed()));
            return Optional.of(TopologyGraph.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .withCounts(byComponent, executedByEdge));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + resource, e);
        }
    }

    /** Errors the components reported, in the order they arrived. */
    public List<ReportedError> errors() {
        return errors;
    }

    /** Spout tuple trees acked. */
    public long treesAcked() {
        return treesAcked;
    }

    /** Spout tuple-tree failures, replayed or not. */
    public long treesFailed() {
        return treesFailed;
    }

    /** Spout tuple trees whose last failure was not followed by a replay: lost for good. */
    public long treesFailedForGood() {
        return treesFailedForGood;
    }

    /**
     * Spout tuple trees still pending when the run ended: 0 for a finished run, but those whose
     * tuples wait in windows that fire only on more input ({@link #treesInWindows()}).
     */
    public long treesPending() {
        return treesPending;
    }

    /**
     * Of the pending trees, those whose tuples wait in windows of tuple counts or of event time,
     * which let a tuple go only when more input comes: once the input ends, the last tuples stay
     * there (and unacked), as on a cluster.
     */
    public long treesInWindows() {
        return treesInWindows;
    }

    /** From the cluster's start until every component's task was open or prepared (subprocesses started). */
    public Duration startup() {
        return startup;
    }

    /** From the moment every task was ready until the work was done (the quiet period not counted). */
    public Duration runTime() {
        return runTime;
    }

    /** When the first spout tuple tree was acked, from the submission; zero if none was. */
    public Duration firstTreeAcked() {
        return firstTreeAcked;
    }

    /** When the last spout tuple tree was acked, from the submission; zero if none was. */
    public Duration lastTreeAcked() {
        return lastTreeAcked;
    }

    /** True when the run finished and no tuple tree was lost: what {@code shellgen:run} exits 0 for. */
    public boolean succeeded() {
        return finished && treesFailedForGood == 0 && treesPending == treesInWindows;
    }

    /**
     * A table of the components (emitted, executed, acked, failed, what each runs), then the
     * errors, then the totals and times: what {@code shellgen:run} prints at the end.
     */
    public String report() {
        StringBuilder out = new StringBuilder(ComponentStats.table(components.values()));
        out.append('\n');
        if (errors.isEmpty()) {
            out.append(TestingMessage.REPORT_NO_ERRORS.format());
        } else {
            out.append(TestingMessage.REPORT_ERRORS.format(errors.size()));
            // One line per component and error, however often it came: in order of first occurrence.
            Map<List<String>, List<ReportedError>> alike = new LinkedHashMap<>();
            errors.forEach(e -> alike.computeIfAbsent(List.of(e.component(), e.runs(), e.summary()),
                    k -> new ArrayList<>()).add(e));
            alike.forEach((key, same) -> {
                String tasks = same.stream().map(ReportedError::task).distinct().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", "));
                out.append(TestingMessage.REPORT_ERROR.format(key.get(0), tasks.contains(",") ? "s" : "", tasks,
                        key.get(1), same.size() > 1 ? TestingMessage.REPORT_TIMES_SEEN.format(number(same.size())) : "",
                        key.get(2)));
            });
        }
        out.append(TestingMessage.REPORT_TREES.format(number(treesAcked), number(treesFailed),
                number(treesFailedForGood), number(treesPending), treesInWindows == 0 ? ""
                        : TestingMessage.REPORT_IN_WINDOWS.format(number(treesInWindows))));
        out.append(TestingMessage.REPORT_TIMES.format(startup.toMillis() / 1000.0, runTime.toMillis() / 1000.0,
                stopped));
        return out.toString();
    }

    private void requireComponent(String component) {
        if (!components.containsKey(component)) {
            throw new IllegalArgumentException(TestingMessage.NO_SUCH_COMPONENT.format(component, name,
                    components.keySet()));
        }
    }

    private static String number(long value) {
        return ComponentStats.number(value);
    }
}
