package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.report.CountsFile;
import io.github.shellgen.benchmarks.report.LatencyResult;
import io.github.shellgen.benchmarks.report.RunResult;
import io.github.shellgen.benchmarks.variants.Variant;
import io.github.shellgen.benchmarks.variants.WordCountShape;
import io.github.shellgen.benchmarks.variants.WordCountVariant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The program of one variant's JVM, which the benchmark forks so that every variant starts with
 * its own JIT, heap and statics, and its peak RSS is its own. It runs a small warm-up corpus on a
 * first cluster (so the measured run is not the JVM's first), then the corpus on a fresh cluster;
 * writes the final counts to a file and prints one {@link RunResult} line.
 *
 * <p>Arguments: variant id, corpus file, warm-up corpus file, counts file to write, time limit in
 * seconds for each of the two runs, and optionally a rate in sentences a second: then the measured
 * run emits at that rate and the line printed is a {@link LatencyResult}, the complete latency of
 * its tuple trees. Exit status 0 when every sentence was acked and the Python
 * processes ran what the variant says; 1, with the reason on standard error, otherwise.
 */
public final class VariantMain {

    private VariantMain() {}

    public static void main(String[] args) throws Exception {
        Variant variant = Variant.byId(args[0]);
        Path corpus = Path.of(args[1]);
        Path warmUpCorpus = Path.of(args[2]);
        Path countsFile = Path.of(args[3]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[4]));
        WordCountVariant wordCount = variant.implementation().orElseThrow(
                () -> new IllegalArgumentException("Variant " + variant.id() + " is not implemented yet"));

        int rate = args.length > 5 ? Integer.parseInt(args[5]) : 0;

        MeasuredRun.Result warmUp = run(variant, wordCount, warmUpCorpus, timeout, 0);
        if (!warmUp.complete()) {
            fail(variant, "warm-up", warmUp);
        }
        LatencyHook.drain();
        MeasuredRun.Result measured = run(variant, wordCount, corpus, timeout, rate);
        if (!measured.complete()) {
            fail(variant, "measured run", measured);
        }
        requirePythonRuntime(variant, wordCount, measured.python());
        CountsFile.write(countsFile, measured.counts());
        if (rate > 0) {
            System.out.println(LatencyResult.of(variant.id(), rate, LatencyHook.drain()).toLine());
            System.out.flush();
            System.exit(0);
        }
        RunResult result = new RunResult(
                variant.id(),
                measured.expectedSentences(),
                measured.counts().values().stream().mapToLong(Long::longValue).sum(),
                measured.failed(),
                measured.firstAck().toNanos() / 1e9,
                measured.lastAck().toNanos() / 1e9,
                ProcessStats.peakRssOfThisJvmKb(),
                measured.python().count(),
                measured.python().peakRssSumKb(),
                measured.python().peakRssMaxKb(),
                measured.jvmCpu().toNanos() / 1e9,
                measured.python().cpu().toNanos() / 1e9,
                otherProcessesCpu(measured).toNanos() / 1e9);
        System.out.println(result.toLine());
        System.out.flush();
        // Storm leaves non-daemon threads behind after shutdown; end the JVM explicitly.
        System.exit(0);
    }

    private static MeasuredRun.Result run(Variant variant, WordCountVariant wordCount, Path corpus, Duration timeout,
            int rate) throws Exception {
        long sentences;
        try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            sentences = lines.count();
        }
        return MeasuredRun.run("bench-" + variant.id(), wordCount.builder(),
                rate > 0 ? BenchmarkConfig.forLatency(wordCount, corpus, rate) : BenchmarkConfig.forRun(wordCount, corpus),
                sentences, timeout);
    }

    /**
     * Stops the run if its Python processes do not run the library the variant says they do:
     * stock storm.py means Python was started on the script itself, so that {@code import storm}
     * finds resources/storm.py.
     */
    private static void requirePythonRuntime(Variant variant, WordCountVariant wordCount,
            ProcessStats.Subprocesses python) {
        List<String> scripts = List.of(WordCountShape.SPOUT_SCRIPT, WordCountShape.SPLITTER_SCRIPT,
                WordCountShape.COUNTER_SCRIPT);
        boolean scriptsRunDirectly = python.arguments().stream()
                .allMatch(arguments -> !arguments.isEmpty() && scripts.contains(arguments.get(0)));
        if (scriptsRunDirectly != wordCount.runsStockStormPy()) {
            System.err.printf(Locale.ROOT, "%s: its Python processes were started with %s, which %s Storm's own"
                    + " storm.py, but the variant says it %s. The row would not measure what its label says.%n",
                    variant.id(), python.arguments(), scriptsRunDirectly ? "runs" : "does not run",
                    wordCount.runsStockStormPy() ? "does" : "does not");
            System.exit(1);
        }
    }

    /** What the rest of the machine used while the run went on: it competed for the same cores. */
    private static Duration otherProcessesCpu(MeasuredRun.Result run) {
        Duration others = run.machineCpu().minus(run.jvmCpu()).minus(run.python().cpu());
        return others.isNegative() ? Duration.ZERO : others;
    }

    private static void fail(Variant variant, String what, MeasuredRun.Result result) {
        System.err.printf(Locale.ROOT, "%s, %s: only %d of %d sentences were acked (%d failed) within the time"
                + " limit. The log above says why (look for \"ShellBolt\", \"ShellSpout\" or"
                + " \"Shell Process Exception\").%n", variant.id(), what, result.acked(), result.expectedSentences(),
                result.failed());
        System.exit(1);
    }
}
