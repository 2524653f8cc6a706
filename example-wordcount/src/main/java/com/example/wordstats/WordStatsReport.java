package com.example.wordstats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the {@link ReportBolt} tasks received, kept in static, thread-safe collections: in local
 * mode the cluster runs in the JVM that reads them. One run at a time; {@link #reset()} between runs.
 */
public final class WordStatsReport {

    /** A partial count from the counter, and the report task that received it. */
    public record PartialCount(int reportTask, String word, long count, int counterTask) {}

    /** A tuple of the router's direct stream: the task the router named, the folder it ran in, and who got it. */
    public record Routed(int reportTask, String word, int namedTask, String cwd) {}

    private static final List<PartialCount> COUNTS = new CopyOnWriteArrayList<>();
    private static final List<Routed> ROUTED = new CopyOnWriteArrayList<>();
    private static final Map<Integer, Map<String, Object>> CONF_BY_TASK = new ConcurrentHashMap<>();
    private static volatile List<Integer> reportTasks = List.of();

    private WordStatsReport() {}

    public static void reset() {
        COUNTS.clear();
        ROUTED.clear();
        CONF_BY_TASK.clear();
        reportTasks = List.of();
    }

    static void prepared(int task, Map<String, Object> conf, List<Integer> componentTasks) {
        CONF_BY_TASK.put(task, new HashMap<>(conf));
        reportTasks = componentTasks.stream().sorted().toList(); // the same for every task
    }

    static void counted(PartialCount count) {
        COUNTS.add(count);
    }

    static void routed(Routed routed) {
        ROUTED.add(routed);
    }

    public static List<PartialCount> counts() {
        return List.copyOf(COUNTS);
    }

    /** The partial counts summed per word. */
    public static Map<String, Long> summedCounts() {
        Map<String, Long> sums = new TreeMap<>();
        COUNTS.forEach(c -> sums.merge(c.word(), c.count(), Long::sum));
        return sums;
    }

    public static List<Routed> routed() {
        return List.copyOf(ROUTED);
    }

    /** The topology configuration each report task was prepared with, by task id. */
    public static Map<Integer, Map<String, Object>> confByTask() {
        return Map.copyOf(CONF_BY_TASK);
    }

    /** The report bolt's task ids, ascending. */
    public static List<Integer> reportTasks() {
        return reportTasks;
    }
}
