package io.github.shellgen.benchmarks;

import io.github.shellgen.benchmarks.variants.Variant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's knobs, from system properties (the Maven profile passes its
 * {@code benchmark.*} properties through, so {@code -Dbenchmark.sentences=2000} works on the mvn
 * command line). An empty list of sentences or components skips that part; {@code benchmark.variants}
 * (variant ids, comma-separated) runs only those variants, e.g. while working on one.
 */
record Settings(
        Path workDir,
        List<Integer> sentences,
        List<Variant> variants,
        int warmUpSentences,
        Duration timeout,
        List<Integer> components,
        int compileRepetitions,
        int latencySentences,
        int latencyRate) {

    static Settings fromSystemProperties() {
        return new Settings(
                Path.of(System.getProperty("benchmark.workDir", "target/benchmark")).toAbsolutePath(),
                integers(System.getProperty("benchmark.sentences", "20000,100000")),
                strings(System.getProperty("benchmark.variants", "")).stream().map(Variant::byId).toList(),
                Integer.getInteger("benchmark.warmUpSentences", 2_000),
                Duration.ofSeconds(Long.getLong("benchmark.timeoutSecs", 900)),
                integers(System.getProperty("benchmark.components", "1000,5000")),
                Integer.getInteger("benchmark.compileRepetitions", 5),
                integers(System.getProperty("benchmark.latencySentences", "2000")).stream().findFirst().orElse(0),
                Integer.getInteger("benchmark.latencyRate", 50));
    }

    /** Whether to run {@code variant}: all of them unless {@code benchmark.variants} lists some. */
    boolean runs(Variant variant) {
        return variants.isEmpty() || variants.contains(variant);
    }

    private static List<Integer> integers(String commaSeparated) {
        return strings(commaSeparated).stream().map(value -> value.replace("_", "")).map(Integer::valueOf).toList();
    }

    private static List<String> strings(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }
}
