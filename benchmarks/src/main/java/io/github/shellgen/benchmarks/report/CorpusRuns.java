package io.github.shellgen.benchmarks.report;

import io.github.shellgen.benchmarks.variants.Variant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The runs of every variant that ran on one corpus. */
public record CorpusRuns(int sentences, long words, List<RunResult> runs) {

    public CorpusRuns {
        runs = List.copyOf(runs);
    }

    public Optional<RunResult> of(Variant variant) {
        return runs.stream().filter(run -> run.variant().equals(variant.id())).findFirst();
    }

    String label() {
        return String.format(Locale.ROOT, "%,d sentences, %,d words", sentences, words);
    }
}
