package io.github.shellgen.benchmarks;

import io.github.shellgen.benchmarks.compile.CompileBenchmark;
import io.github.shellgen.benchmarks.report.Machine;
import io.github.shellgen.benchmarks.report.ResultTable;
import io.github.shellgen.benchmarks.report.CorpusRuns;
import io.github.shellgen.benchmarks.report.CpuTable;
import io.github.shellgen.benchmarks.run.BenchmarkConfig;
import io.github.shellgen.benchmarks.variants.WordCountShape;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark command's program ({@code mvn -q -Pbenchmark package -pl benchmarks -am}): the
 * word-count throughput table, then the compile-time table, with the machine they came from.
 * Stops with exit status 1 and a message if any variant fails or miscounts.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        PrintStream out = System.out;
        long start = System.nanoTime();
        try {
            Files.createDirectories(settings.workDir());
            String python = pythonVersion();
            out.println("## Machine");
            Machine.describe(python).forEach(line -> out.println("- " + line));
            out.println("- Load average before: " + Machine.loadAverage());
            if (!settings.sentences().isEmpty()) {
                printThroughput(settings, out);
            }
            if (settings.latencySentences() > 0) {
                printLatency(settings, out);
            }
            if (!settings.components().isEmpty()) {
                printCompileTime(settings, out);
            }
            out.println();
            out.println("- Load average after: " + Machine.loadAverage());
            out.printf(Locale.ROOT, "- Benchmark took %.0f s%n", (System.nanoTime() - start) / 1e9);
            out.flush();
        } catch (BenchmarkFailure e) {
            out.flush();
            System.err.println();
            System.err.println("BENCHMARK STOPPED: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    private static void printThroughput(Settings settings, PrintStream out) throws Exception {
        out.println();
        out.printf(Locale.ROOT, "## Word count: spout %d -> split %d -> count %d (fields grouping), the counts"
                + " captured by shellgen-testing, acking on, max spout pending %,d, 1 worker, each variant in its own"
                + " JVM (%s)%n",
                WordCountShape.SPOUT_PARALLELISM, WordCountShape.SPLITTER_PARALLELISM,
                WordCountShape.COUNTER_PARALLELISM, BenchmarkConfig.MAX_SPOUT_PENDING, VariantProcess.MAX_HEAP);
        List<CorpusRuns> results = ThroughputBenchmark.run(settings, out);
        out.println();
        ResultTable.print(results, out);
        out.println();
        out.printf(Locale.ROOT, "words/s: words counted / time from the first to the last spout ack, after a warm-up"
                + " run of %,d sentences on another cluster in the same JVM. Final counts checked exact for every"
                + " run.%n%n", settings.warmUpSentences());
        CpuTable.print(results, out);
    }

    private static void printLatency(Settings settings, PrintStream out) throws Exception {
        out.println();
        out.printf(Locale.ROOT, "## Complete latency at a light fixed rate: %,d sentences at %,d a second, the same"
                + " topology and configuration, every tree's latency (Storm's, in whole ms; topology.stats.sample.rate"
                + " 1), after a warm-up run%n%n", settings.latencySentences(), settings.latencyRate());
        LatencyBenchmark.run(settings, out);
    }

    private static void printCompileTime(Settings settings, PrintStream out) throws Exception {
        out.println();
        out.printf(Locale.ROOT, "## Compile time: javac in process, median of %d, after one warm-up compile of each"
                + " kind%n%n", settings.compileRepetitions());
        CompileBenchmark.run(settings.components(), settings.compileRepetitions(), settings.workDir(), out);
    }

    /** Fails early and clearly if the interpreter is missing; otherwise its version, for the report. */
    private static String pythonVersion() throws InterruptedException {
        try {
            Process process = new ProcessBuilder(WordCountShape.INTERPRETER, "--version")
                    .redirectErrorStream(true).start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() == 0) {
                return version;
            }
        } catch (IOException e) {
            // Reported below.
        }
        throw new BenchmarkFailure("Cannot run \"" + WordCountShape.INTERPRETER + "\": the Python variants' spout"
                + " and bolts are scripts Storm starts with it. Install Python 3 so that it is on the PATH.");
    }
}
