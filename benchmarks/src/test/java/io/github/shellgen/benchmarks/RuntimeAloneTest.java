package io.github.shellgen.benchmarks;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The smoke test of the Python-runtime-alone benchmark ({@code src/main/python/runtime_alone.py}):
 * a tiny input, one run, and its table.
 */
class RuntimeAloneTest {

    @Test
    void theRuntimeAloneBenchmarkRunsBothBoltsAndPrintsItsTable() throws Exception {
        Process python = new ProcessBuilder("python3", "src/main/python/runtime_alone.py", "--tuples", "800", "--runs",
                "1").redirectErrorStream(true).start();
        try {
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertWithMessage(out).that(python.exitValue()).isEqualTo(0);
            assertThat(out).containsMatch("\\| countbolt\\.py \\| 800 \\| [0-9.]+ \\| [0-9]+ \\| [1-9][0-9]* \\|");
            assertThat(out).containsMatch("\\| splitbolt\\.py \\| 100 \\| [0-9.]+ \\| [0-9]+ \\| [1-9][0-9]* \\|");
        } finally {
            python.destroyForcibly();
        }
    }
}
