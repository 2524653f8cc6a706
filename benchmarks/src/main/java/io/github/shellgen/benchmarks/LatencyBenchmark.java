package io.github.shellgen.benchmarks;

import io.github.shellgen.benchmarks.corpus.Corpus;
import io.github.shellgen.benchmarks.corpus.CorpusGenerator;
import io.github.shellgen.benchmarks.report.CountsFile;
import io.github.shellgen.benchmarks.report.LatencyResult;
import io.github.shellgen.benchmarks.variants.Variant;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The latency part: all-Java, the peer and the fast path, each in its own JVM, emitting a fixed,
 * light rate of sentences; prints the complete latency of their tuple trees (spout emit to ack) as
 * Storm measures it. Counts must be exact here too.
 */
final class LatencyBenchmark {

    /** The variants compared: the limit, the peer, what a user gets, and its batch bolts. */
    static final List<Variant> VARIANTS = List.of(Variant.ALL_JAVA, Variant.HAND_WRITTEN, Variant.FAST_PATH,
            Variant.BATCH);

    private LatencyBenchmark() {}

    static void run(Settings settings, PrintStream out) throws Exception {
        int sentences = settings.latencySentences();
        int rate = settings.latencyRate();
        Path dir = settings.workDir();
        Path warmUpCorpus = ThroughputBenchmark.warmUpCorpus(settings);
        Corpus corpus = CorpusGenerator.generate(CorpusGenerator.SEED + 2, sentences);
        Path corpusFile = corpus.writeTo(dir.resolve("corpus-latency-" + sentences + ".txt"));
        out.printf(Locale.ROOT, "| variant | sentences/s | trees | p50 (ms) | p99 (ms) | max (ms) |%n|---|--:|--:|--:|--:|--:|%n");
        for (Variant variant : VARIANTS) {
            if (!settings.runs(variant)) {
                continue;
            }
            Path countsFile = dir.resolve(variant.id() + "-latency-" + sentences + ".tsv");
            LatencyResult result = VariantProcess.latency(variant, corpusFile, warmUpCorpus, countsFile,
                    settings.timeout(), dir, rate);
            CountsCheck.requireExact(variant.id() + " at " + rate + " sentences/s", corpus.expectedCounts(),
                    CountsFile.read(countsFile));
            out.printf(Locale.ROOT, "| %s | %,d | %,d | %d | %d | %d |%n", variant.label(), result.rate(),
                    result.trees(), result.p50(), result.p99(), result.max());
            out.flush();
        }
    }
}
