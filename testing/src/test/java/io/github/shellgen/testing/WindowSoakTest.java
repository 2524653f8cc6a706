package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.WindowSoakTopology;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The window soak, a command of its own (it is not part of {@code mvn verify}):
 * {@code mvn -q -pl testing -am verify -Dtest=WindowSoakTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dshellgen.windowSoak.seconds=300}. A reliable Python spout that never runs dry feeds a sliding
 * window of processing time (2 s, every 1 s) on a Python bolt, nothing else set. Asserts that no
 * tree fails, more are acked in every 15 s, no more than the spout's default limit are pending,
 * and every window the script saw holds what Storm says arrived and left; prints acked, failed,
 * pending, windows and the heap after a full collection every 15 s.
 */
@EnabledIfSystemProperty(named = "shellgen.windowSoak.seconds", matches = "\\d+")
class WindowSoakTest {

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void endlessInputThroughASlidingWindowAcksSteadilyInBoundedMemory() throws Exception {
        Soak soak = new Soak("window soak", Duration.ofSeconds(Long.getLong("shellgen.windowSoak.seconds")));
        TopologyRun run = soak.run(LocalTopology.of(WindowSoakTopology.class).captureOnly("counts"));

        assertThat(run.treesFailed()).isEqualTo(0);
        soak.assertSteady();
        // Each window is the one before, less what expired, plus what is new: the script's copy of
        // the window, rebuilt from what it was sent, never drifts from Storm's.
        List<List<Object>> windows = run.emitted("counts");
        long previous = 0;
        for (List<Object> window : windows) {
            long tuples = ((Number) window.get(0)).longValue();
            assertThat(tuples).isEqualTo(previous - ((Number) window.get(2)).longValue()
                    + ((Number) window.get(1)).longValue());
            previous = tuples;
        }
        System.out.printf(Locale.ROOT, "window soak: %,d windows, %,.0f tuples in the last%n", windows.size(),
                (double) previous);
    }
}
