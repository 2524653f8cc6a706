package io.github.shellgen.benchmarks.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyResultTest {

    @Test
    void percentilesAreNearestRankOverTheSortedLatencies() {
        long[] sorted = LongStream.rangeClosed(1, 200).toArray(); // 1..200 ms

        LatencyResult result = LatencyResult.of("fast-path", 50, sorted);

        assertThat(result.trees()).isEqualTo(200);
        assertThat(result.p50()).isEqualTo(100);
        assertThat(result.p99()).isEqualTo(198);
        assertThat(result.max()).isEqualTo(200);
    }

    @Test
    void oneSlowTreeInAHundredIsTheP99() {
        long[] sorted = new long[100];
        sorted[99] = 40;

        LatencyResult result = LatencyResult.of("all-java", 50, sorted);

        assertThat(result.p50()).isEqualTo(0);
        assertThat(result.p99()).isEqualTo(0);
        assertThat(result.max()).isEqualTo(40);
    }

    @Test
    void aResultLineReadsBackAsTheSameResult() {
        LatencyResult result = new LatencyResult("hand-written", 50, 2_000, 8, 35, 64);

        assertThat(LatencyResult.parse(result.toLine())).isEqualTo(result);
    }

    @Test
    void noLatencyMeasuredIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> LatencyResult.of("fast-path", 50, new long[0]));
    }
}
