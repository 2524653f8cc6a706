package io.github.shellgen.benchmarks;

import io.github.shellgen.benchmarks.corpus.Corpus;
import io.github.shellgen.benchmarks.corpus.CorpusGenerator;
import io.github.shellgen.benchmarks.report.CorpusRuns;
import io.github.shellgen.benchmarks.report.CountsFile;
import io.github.shellgen.benchmarks.report.RunResult;
import io.github.shellgen.benchmarks.variants.Variant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word-count part: for each corpus size, every implemented variant in its own JVM, one after
 * the other, on the same corpus file; each variant's final counts must equal the corpus's.
 */
final class ThroughputBenchmark {

    private ThroughputBenchmark() {}

    /** The corpus every variant's JVM warms up on, the latency runs' too (the same seed and file). */
    static Path warmUpCorpus(Settings settings) throws IOException {
        return CorpusGenerator.generate(CorpusGenerator.SEED + 1, settings.warmUpSentences())
                .writeTo(settings.workDir().resolve("corpus-warm-up.txt"));
    }

    static List<CorpusRuns> run(Settings settings, PrintStream progress) throws Exception {
        Path dir = settings.workDir();
        Path warmUpCorpus = warmUpCorpus(settings);
        List<CorpusRuns> results = new ArrayList<>();
        for (int sentences : settings.sentences()) {
            Corpus corpus = CorpusGenerator.generate(CorpusGenerator.SEED, sentences);
            Path corpusFile = corpus.writeTo(dir.resolve("corpus-" + sentences + ".txt"));
            List<RunResult> runs = new ArrayList<>();
            for (Variant variant : Variant.values()) {
                if (!variant.implemented() || !settings.runs(variant)) {
                    continue;
                }
                String run = String.format(Locale.ROOT, "%s on %,d sentences (%,d words)", variant.id(), sentences,
                        corpus.words());
                progress.printf(Locale.ROOT, "  %s ...%n", run);
                progress.flush();
                Path countsFile = dir.resolve(variant.id() + "-" + sentences + ".tsv");
                RunResult result = VariantProcess.run(variant, corpusFile, warmUpCorpus, countsFile,
                        settings.timeout(), dir);
                CountsCheck.requireExact(run, corpus.expectedCounts(), CountsFile.read(countsFile));
                progress.printf(Locale.ROOT, "    %,.0f words/s, %.1f s submit to last ack, counts exact%n",
                        result.wordsPerSecond(), result.lastAckSecs());
                runs.add(result);
            }
            results.add(new CorpusRuns(sentences, corpus.words(), runs));
        }
        return results;
    }
}
