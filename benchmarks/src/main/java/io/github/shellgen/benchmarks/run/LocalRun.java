package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Runs a word count on a fresh in-process {@link LocalCluster} until the spout has had every
 * sentence acked, or a deadline passes, then shuts the cluster down. The shell components run as
 * real subprocesses; their peak memory and CPU time are read before shutdown, while they live.
 */
final class LocalRun {

    static final String COLLECTOR_ID = "collector";

    private static final Duration POLL = Duration.ofMillis(20);

    /** What a run saw; the ack times are measured from the submission, the CPU times since it. */
    record Result(
            Map<String, Long> counts,
            long expectedSentences,
            long acked,
            long failed,
            Duration firstAck,
            Duration lastAck,
            Duration jvmCpu,
            ProcessStats.Subprocesses python,
            Duration machineCpu) {

        boolean complete() {
            return acked >= expectedSentences;
        }
    }

    private LocalRun() {}

    /** One run at a time per JVM: the sink's counts and the ack counters are static. */
    static synchronized Result run(String name, TopologyBuilder builder, Config config, long expectedSentences,
            Duration timeout) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        CountCollector.reset();
        SpoutAckCounter.reset();
        StormTopology topology = withCollector(builder);
        Config conf = new Config();
        conf.putAll(config);
        conf.put(Config.TOPOLOGY_AUTO_TASK_HOOKS, List.of(SpoutAckCounter.class.getName()));

        LocalCluster cluster = new LocalCluster();
        try {
            Duration cpuAtSubmission = ProcessStats.cpuOfThisJvm();
            Duration machineCpuAtSubmission = ProcessStats.cpuOfMachine();
            long submitted = System.nanoTime();
            cluster.submitTopology(name, conf, topology);
            long deadline = submitted + timeout.toNanos();
            while (SpoutAckCounter.acked() < expectedSentences && System.nanoTime() < deadline) {
                Thread.sleep(POLL.toMillis());
            }
            Result result = new Result(
                    CountCollector.counts(),
                    expectedSentences,
                    SpoutAckCounter.acked(),
                    SpoutAckCounter.failed(),
                    sinceSubmission(SpoutAckCounter.firstAckNanos(), submitted),
                    sinceSubmission(SpoutAckCounter.lastAckNanos(), submitted),
                    ProcessStats.cpuOfThisJvm().minus(cpuAtSubmission),
                    ProcessStats.ofPythonSubprocesses(),
                    ProcessStats.cpuOfMachine().minus(machineCpuAtSubmission));
            shutDownQuietly(cluster, name);
            return result;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private static StormTopology withCollector(TopologyBuilder builder) {
        builder.setBolt(COLLECTOR_ID, new CountCollector(), 1).globalGrouping(WordCountShape.COUNTER_ID);
        return builder.createTopology();
    }

    private static Duration sinceSubmission(long nanos, long submitted) {
        return nanos == 0 ? Duration.ZERO : Duration.ofNanos(nanos - submitted);
    }

    /**
     * Killing a topology SIGTERMs its shell subprocesses before their executors stop, so Storm
     * logs "ShellBolt died" and "Pipe to subprocess seems to be broken" for each. The result is
     * taken by then: mute logging while the cluster shuts down.
     */
    private static void shutDownQuietly(LocalCluster cluster, String name) throws Exception {
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.OFF);
        try {
            cluster.killTopologyWithOpts(name, LocalCluster.KILL_NOW);
            cluster.close();
        } finally {
            Configurator.reconfigure();
        }
    }
}
