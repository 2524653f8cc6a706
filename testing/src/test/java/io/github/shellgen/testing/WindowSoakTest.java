package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.runtime.RuntimeConfig;
import io.github.shellgen.testing.topologies.WindowSoakTopology;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
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

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);

    private record Sample(Duration served, long acked, long failed, long pending, long heapBytes) {}

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void endlessInputThroughASlidingWindowAcksSteadilyInBoundedMemory() throws Exception {
        Duration serve = Duration.ofSeconds(Long.getLong("shellgen.windowSoak.seconds"));
        List<Sample> samples = new ArrayList<>();
        Duration[] startedAt = {null};
        TopologyRun run = LocalTopology.of(WindowSoakTopology.class)
                .captureOnly("counts")
                .timeLimit(serve.plus(Duration.ofSeconds(90)))
                .onProgress(progress -> {
                    if (!progress.started()) {
                        return;
                    }
                    if (startedAt[0] == null) {
                        startedAt[0] = progress.elapsed();
                    }
                    Duration served = progress.elapsed().minus(startedAt[0]);
                    if (served.compareTo(SAMPLE_EVERY.multipliedBy(samples.size())) >= 0) {
                        System.gc();
                        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                        Sample sample = new Sample(served, progress.treesAcked(), progress.failed(),
                                progress.pending(), heap);
                        samples.add(sample);
                        System.out.printf(Locale.ROOT, "window soak: %4d s  acked %,10d  failed %,d  pending %,6d"
                                + "  heap after GC %,6.1f MiB%n", served.toSeconds(), sample.acked(), sample.failed(),
                                sample.pending(), heap / 1048576.0);
                    }
                })
                .until(progress -> startedAt[0] != null && progress.elapsed().minus(startedAt[0]).compareTo(serve) >= 0)
                .run();

        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(samples.size()).isAtLeast(3);
        for (int i = 1; i < samples.size(); i++) {
            assertThat(samples.get(i).failed()).isEqualTo(0);
            assertThat(samples.get(i).pending()).isAtMost(RuntimeConfig.DEFAULT_MAX_SPOUT_PENDING);
            assertThat(samples.get(i).acked()).isGreaterThan(samples.get(i - 1).acked());
        }
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
