package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.SustainedTopology;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's kind of topology fed without end, with no setting touched: a reliable spout must not
 * outrun its bolts until its trees time out and are replayed for ever (Storm's default of no
 * limit on pending trees did that within 75 s on the fast path), and a run must not keep what it
 * only counts. Runs {@value #DEFAULT_SECONDS} s here; {@code -Dshellgen.sustained.seconds=300} for
 * the five-minute soak (see docs/running-and-deploying.md). Prints a line every 15 s: acked, failed, pending, and the
 * heap used after a full collection.
 */
class SustainedInputTest {

    private static final int DEFAULT_SECONDS = 60;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void anEndlessReliableSpoutWithDefaultsAcksSteadilyAndNoTreeFails() throws Exception {
        Soak soak = new Soak("sustained input",
                Duration.ofSeconds(Long.getLong("shellgen.sustained.seconds", DEFAULT_SECONDS)));
        TopologyRun run = soak.run(LocalTopology.of(SustainedTopology.class).captureOnly());

        assertThat(run.treesFailed()).isEqualTo(0);
        soak.assertSteady();
    }
}
