package io.github.shellgen.benchmarks.report;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RunResultTest {

    @Test
    void aResultLineReadsBackAsTheSameResult() {
        RunResult result = new RunResult("generated", 20_000, 160_123, 0, 4.25, 34.5, 312_000, 5, 80_000, 17_000, 30.125, 21.5, 0.25);

        assertThat(RunResult.parse(result.toLine())).isEqualTo(result);
    }

    @Test
    void wordsPerSecondCountsFromTheFirstToTheLastAck() {
        RunResult result = new RunResult("all-java", 10, 3_000, 0, 4.0, 7.0, 1, 0, 0, 0, 5.0, 0, 0);

        assertThat(result.wordsPerSecond()).isWithin(1e-9).of(1_000.0);
    }
}
