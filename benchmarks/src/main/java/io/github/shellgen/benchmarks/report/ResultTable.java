package io.github.shellgen.benchmarks.report;

import io.github.shellgen.benchmarks.variants.Variant;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The throughput table, in Markdown so that it pastes into BENCHMARKS.md as printed. Ratios
 * compare words/s on the same corpus: "× all-Java" to the all-Java run, "× peer" to the
 * hand-written wrappers (for the generated wrappers that is the overhead check, expected 1.0).
 */
public final class ResultTable {

    private static final String HEADER = """
            | corpus | variant | words/s | × all-Java | × peer | submit→last ack (s) | of which start-up: submit→first ack (s) | JVM peak RSS (MB) | Python peak RSS (MB): sum over processes (count, largest) |
            |---|---|--:|--:|--:|--:|--:|--:|--:|""";

    private ResultTable() {}

    public static void print(List<CorpusRuns> corpora, PrintStream out) {
        out.println(HEADER);
        for (CorpusRuns corpus : corpora) {
            String corpusCell = corpus.label();
            Optional<RunResult> allJava = corpus.of(Variant.ALL_JAVA);
            Optional<RunResult> peer = corpus.of(Variant.HAND_WRITTEN);
            for (Variant variant : Variant.values()) {
                Optional<RunResult> run = corpus.of(variant);
                if (run.isEmpty()) {
                    out.printf(Locale.ROOT, "| %s | %s | %s | | | | | | |%n", corpusCell, variant.label(),
                            variant.implemented() ? "not run" : "not implemented yet");
                    continue;
                }
                RunResult r = run.get();
                out.printf(Locale.ROOT, "| %s | %s | %,.0f | %s | %s | %.1f | %.1f | %.0f | %s |%n",
                        corpusCell, variant.label(), r.wordsPerSecond(), ratio(r, allJava), ratio(r, peer),
                        r.lastAckSecs(), r.firstAckSecs(), megabytes(r.jvmPeakRssKb()), python(r));
            }
        }
    }

    private static String ratio(RunResult run, Optional<RunResult> base) {
        return base.map(b -> String.format(Locale.ROOT, "%.3f", run.wordsPerSecond() / b.wordsPerSecond()))
                .orElse("n/a");
    }

    private static double megabytes(long kb) {
        return kb < 0 ? Double.NaN : kb / 1024.0;
    }

    private static String python(RunResult run) {
        if (run.pythonProcesses() == 0) {
            return "none";
        }
        return String.format(Locale.ROOT, "%.0f (%d, %.0f)", megabytes(run.pythonPeakRssSumKb()),
                run.pythonProcesses(), megabytes(run.pythonPeakRssMaxKb()));
    }
}
