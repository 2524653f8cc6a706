package io.github.shellgen.benchmarks.report;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.benchmarks.variants.Variant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void ratiosAreToAllJavaAndToThePeerAndTheFastPathIsListedAsPending() {
        List<RunResult> runs = List.of(
                new RunResult("all-java", 100, 1_000, 0, 4.0, 5.0, 200 * 1024, 0, 0, 0, 10, 0, 0),
                new RunResult("hand-written", 100, 1_000, 0, 4.0, 104.0, 300 * 1024, 5, 80 * 1024, 17 * 1024, 10, 10, 0),
                new RunResult("generated", 100, 1_000, 0, 4.0, 54.0, 300 * 1024, 5, 80 * 1024, 17 * 1024, 10, 10, 0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ResultTable.print(List.of(new CorpusRuns(100, 1_000, runs)), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> rows = bytes.toString(StandardCharsets.UTF_8).lines().skip(2).toList();
        assertThat(rows).hasSize(Variant.values().length); // a row for each, run or not
        assertThat(rows.get(0)).contains("| 1,000 | 1.000 | 100.000 |");
        assertThat(rows.get(1)).contains("| 10 | 0.010 | 1.000 |");
        assertThat(rows.get(2)).contains("| 20 | 0.020 | 2.000 |");
        assertThat(rows.get(2)).contains("| 80 (5, 17) |");
        assertThat(rows.get(3)).contains("fast path (defaults) | not run");
        assertThat(rows.get(4)).contains("counter @Stateful (in-memory state, 1 s checkpoints) | not run");
    }
}
