package io.github.shellgen.benchmarks.report;

import io.github.shellgen.benchmarks.variants.Variant;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Where the CPU went in each measured run, from submission to the last ack: the JVM (Storm, the
 * shell wrappers' serialisation, the Java components) against the Python processes, and what the
 * rest of the machine took meanwhile (more than a few seconds means the run was disturbed). CPU
 * time per word depends much less on what else the machine is doing than words/s does.
 */
public final class CpuTable {

    private static final String HEADER = """
            | corpus | variant | JVM CPU (s) | Python CPU (s) | CPU per 1,000 words (ms): JVM + Python | cores busy (CPU s / wall s) | other processes' CPU meanwhile (s) |
            |---|---|--:|--:|--:|--:|--:|""";

    private CpuTable() {}

    public static void print(List<CorpusRuns> corpora, PrintStream out) {
        out.println(HEADER);
        for (CorpusRuns corpus : corpora) {
            for (Variant variant : Variant.values()) {
                corpus.of(variant).ifPresent(run -> out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f + %.2f | %.2f | %.1f |%n",
                        corpus.label(), variant.label(), run.jvmCpuSecs(), run.pythonCpuSecs(),
                        msPerThousandWords(run.jvmCpuSecs(), run), msPerThousandWords(run.pythonCpuSecs(), run),
                        (run.jvmCpuSecs() + run.pythonCpuSecs()) / run.lastAckSecs(), run.otherCpuSecs()));
            }
        }
    }

    private static double msPerThousandWords(double cpuSecs, RunResult run) {
        return cpuSecs * 1e6 / run.words();
    }
}
