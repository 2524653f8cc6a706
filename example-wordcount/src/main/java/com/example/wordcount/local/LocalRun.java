package com.example.wordcount.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.storm.Config;
import org.apache.storm.LocalCluster;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.topology.TopologyBuilder;

/**
 * Runs a word-count topology on an in-process {@link LocalCluster} until the spout has had every
 * sentence acked, or a deadline passes. The shell components run as real subprocesses.
 */
public final class LocalRun {

    /** The id of the collecting sink the run adds downstream of the counter. */
    public static final String COLLECTOR_ID = "collector";

    private static final Duration POLL = Duration.ofMillis(50);

    /** What a run saw. {@code complete} is true when every expected sentence was acked in time. */
    public record Result(
            Map<String, Long> counts,
            long expectedSentences,
            long acked,
            long failed,
            Duration clusterStart,
            Duration submitToLastAck,
            boolean complete) {

        public long totalWords() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public double wordsPerSecond() {
            double seconds = submitToLastAck.toNanos() / 1e9;
            return seconds > 0 ? totalWords() / seconds : 0;
        }
    }

    private LocalRun() {}

    /** Subscribes the collecting sink to {@code counterId}'s (word, count) stream and builds the topology. */
    public static StormTopology withCollector(TopologyBuilder builder, String counterId) {
        builder.setBolt(COLLECTOR_ID, new CountCollector(), 1).globalGrouping(counterId);
        return builder.createTopology();
    }

    /**
     * Submits {@code topology} (which must include the collector) and waits until
     * {@code expectedSentences} spout tuples are acked or {@code timeout} passes; then kills the
     * topology and shuts the cluster down. One run at a time per JVM: the results are static.
     */
    public static synchronized Result run(
            String name, StormTopology topology, Config config, long expectedSentences, Duration timeout)
            throws Exception {
        ensureTempDirExists();
        CountCollector.reset();
        SpoutAckCounter.reset();
        Config conf = new Config();
        conf.putAll(config);
        conf.put(Config.TOPOLOGY_AUTO_TASK_HOOKS, withAckCounter(config));

        long start = System.nanoTime();
        LocalCluster cluster = new LocalCluster();
        try {
            long submitted = System.nanoTime();
            cluster.submitTopology(name, conf, topology);
            long deadline = submitted + timeout.toNanos();
            while (SpoutAckCounter.acked() < expectedSentences && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
            }
            boolean complete = SpoutAckCounter.acked() >= expectedSentences;
            long lastAck = SpoutAckCounter.lastAckNanos();
            Result result = new Result(
                    CountCollector.counts(),
                    expectedSentences,
                    SpoutAckCounter.acked(),
                    SpoutAckCounter.failed(),
                    Duration.ofNanos(submitted - start),
                    Duration.ofNanos((lastAck > 0 ? lastAck : System.nanoTime()) - submitted),
                    complete);
            shutDownQuietly(cluster, name);
            return result;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * Killing a topology SIGTERMs its shell subprocesses before their executors stop, so Storm
     * logs "ShellBolt died" and "Pipe to subprocess seems to be broken" for every component. At
     * this point that is expected and the result is already taken: mute logging while the
     * cluster shuts down, then restore the configured levels.
     */
    public static void shutDownQuietly(LocalCluster cluster, String name) throws Exception {
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.OFF);
        try {
            cluster.killTopologyWithOpts(name, LocalCluster.KILL_NOW);
            cluster.close();
        } finally {
            Configurator.reconfigure();
        }
    }

    private static List<String> withAckCounter(Config config) {
        List<String> hooks = new ArrayList<>();
        Object existing = config.get(Config.TOPOLOGY_AUTO_TASK_HOOKS);
        if (existing instanceof List<?> list) {
            list.forEach(hook -> hooks.add(String.valueOf(hook)));
        }
        hooks.add(SpoutAckCounter.class.getName());
        return hooks;
    }

    /**
     * The build points java.io.tmpdir into target/, which a clean build has not created yet; it
     * must exist before Storm or a test's temporary folder uses it.
     */
    public static void ensureTempDirExists() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
