package io.github.shellgen.benchmarks;

import io.github.shellgen.benchmarks.report.LatencyResult;
import io.github.shellgen.benchmarks.report.RunResult;
import io.github.shellgen.benchmarks.run.VariantMain;
import io.github.shellgen.benchmarks.variants.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one variant in a JVM of its own ({@link VariantMain}) and returns its result line. Every
 * variant's JVM gets the same options and this JVM's class path, whose first jar is the benchmark
 * jar (its resources/ folder holds the scripts and storm.py, and shellgen-testing runs the shell
 * components there).
 */
final class VariantProcess {

    /** The same heap limit for every variant, so peak RSS compares like with like. */
    static final String MAX_HEAP = "-Xmx1g";

    private VariantProcess() {}

    static RunResult run(Variant variant, Path corpus, Path warmUpCorpus, Path countsFile, Duration timeout,
            Path workDir) throws IOException, InterruptedException {
        return RunResult.parse(resultLine(variant, corpus, warmUpCorpus, countsFile, timeout, workDir, 0,
                RunResult.PREFIX));
    }

    /** As {@link #run}, the measured run emitting {@code rate} sentences a second: its complete latency. */
    static LatencyResult latency(Variant variant, Path corpus, Path warmUpCorpus, Path countsFile, Duration timeout,
            Path workDir, int rate) throws IOException, InterruptedException {
        return LatencyResult.parse(resultLine(variant, corpus, warmUpCorpus, countsFile, timeout, workDir, rate,
                LatencyResult.PREFIX));
    }

    private static String resultLine(Variant variant, Path corpus, Path warmUpCorpus, Path countsFile,
            Duration timeout, Path workDir, int rate, String prefix) throws IOException, InterruptedException {
        String name = countsFile.getFileName().toString().replace(".tsv", "");
        Path tempDir = Files.createDirectories(workDir.resolve("tmp").resolve(name));
        Path stdout = workDir.resolve(name + ".out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP,
                // LocalCluster's folders and the RocksDB library it unpacks go here, deleted below.
                "-Djava.io.tmpdir=" + tempDir,
                "-Dlog4j.configurationFile=" + System.getProperty("log4j.configurationFile", "shellgen-testing-log4j2.xml"),
                "-cp", System.getProperty("java.class.path"),
                VariantMain.class.getName(),
                variant.id(), corpus.toString(), warmUpCorpus.toString(), countsFile.toString(),
                Long.toString(timeout.toSeconds()), Integer.toString(rate)));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        // Two runs (warm-up and measured), each with its own time limit, plus start and shutdown.
        long limitSecs = 2 * timeout.toSeconds() + 120;
        try {
            if (!process.waitFor(limitSecs, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new BenchmarkFailure(variant.id() + " did not finish within " + limitSecs + " s");
            }
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            lines.stream().filter(line -> !line.startsWith(prefix)).forEach(System.err::println);
            if (process.exitValue() != 0) {
                throw new BenchmarkFailure(variant.id() + "'s JVM exited with status " + process.exitValue()
                        + "; its log is above");
            }
            return lines.stream()
                    .filter(line -> line.startsWith(prefix))
                    .findFirst()
                    .orElseThrow(() -> new BenchmarkFailure(variant.id() + "'s JVM printed no result line"));
        } finally {
            deleteRecursively(tempDir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
