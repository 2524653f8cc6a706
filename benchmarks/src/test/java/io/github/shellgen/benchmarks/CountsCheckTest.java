package io.github.shellgen.benchmarks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsCheckTest {

    @Test
    void exactCountsPass() {
        CountsCheck.requireExact("run", Map.of("a", 2L, "b", 1L), Map.of("b", 1L, "a", 2L));
    }

    @Test
    void anyDifferenceStopsTheBenchmarkNamingTheWords() {
        BenchmarkFailure failure = assertThrows(BenchmarkFailure.class, () -> CountsCheck.requireExact(
                "generated on 3 sentences", Map.of("a", 2L, "b", 1L), Map.of("a", 3L, "c", 1L)));

        assertThat(failure).hasMessageThat().startsWith("generated on 3 sentences: the final counts are not exact");
        assertThat(failure).hasMessageThat().contains("\"a\": expected 2, got 3");
        assertThat(failure).hasMessageThat().contains("\"b\": expected 1, got none");
        assertThat(failure).hasMessageThat().contains("\"c\": expected none, got 1");
    }
}
