package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TimeLimitExceededException;
import io.github.shellgen.testing.TopologyRun;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.storm.Config;
import org.apache.storm.topology.TopologyBuilder;

/**
 * One measured run of a word count with shellgen-testing, on a fresh in-process cluster: it ends as
 * soon as the spout has had every sentence acked (or at the time limit). CPU times are read when
 * the topology is submitted and when the last sentence is acked; the Python subprocesses' peak
 * memory and CPU before shutdown, while they live.
 */
final class MeasuredRun {

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

    private MeasuredRun() {}

    static Result run(String name, TopologyBuilder builder, Config config, long expectedSentences, Duration timeout)
            throws Exception {
        Duration[] atSubmission = new Duration[2];
        Duration[] used = new Duration[2];
        ProcessStats.Subprocesses[] python = new ProcessStats.Subprocesses[1];
        TopologyRun run;
        try {
            run = LocalTopology.of(name, builder.createTopology(), config)
                    .timeLimit(timeout)
                    .captureOnly(WordCountShape.COUNTER_ID)
                    .until(progress -> progress.treesAcked() >= expectedSentences)
                    .beforeSubmit(() -> {
                        atSubmission[0] = ProcessStats.cpuOfThisJvm();
                        atSubmission[1] = ProcessStats.cpuOfMachine();
                    })
                    .beforeShutdown(() -> {
                        used[0] = ProcessStats.cpuOfThisJvm().minus(atSubmission[0]);
                        used[1] = ProcessStats.cpuOfMachine().minus(atSubmission[1]);
                        python[0] = ProcessStats.ofPythonSubprocesses();
                    })
                    .run();
        } catch (TimeLimitExceededException e) {
            run = e.run();
        }
        // The counter emits (word, running count) for every occurrence: a word's count is the highest.
        Map<String, Long> counts = run.emitted(WordCountShape.COUNTER_ID).stream().collect(Collectors.toMap(
                t -> (String) t.get(0), t -> ((Number) t.get(1)).longValue(), Math::max, TreeMap::new));
        return new Result(counts, expectedSentences, run.treesAcked(), run.treesFailed(), run.firstTreeAcked(),
                run.lastTreeAcked(), used[0], python[0], used[1]);
    }
}
