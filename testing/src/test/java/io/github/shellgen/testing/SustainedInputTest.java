package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.runtime.RuntimeConfig;
import io.github.shellgen.testing.topologies.SustainedTopology;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's kind of topology fed without end, with no setting touched: a reliable spout must not
 * outrun its bolts until its trees time out and are replayed for ever (Storm's default of no
 * limit on pending trees did that within 75 s on the fast path), and a run must not keep what it
 * only counts. Runs {@value #DEFAULT_SECONDS} s here; {@code -Dshellgen.sustained.seconds=300} for
 * the five-minute soak (see the README). Prints a line every 15 s: acked, failed, pending, and the
 * heap used after a full collection.
 */
class SustainedInputTest {

    private static final int DEFAULT_SECONDS = 60;
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);

    private record Sample(Duration served, long acked, long failed, long pending, long heapBytes) {}

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void anEndlessReliableSpoutWithDefaultsAcksSteadilyAndNoTreeFails() throws Exception {
        Duration serve = Duration.ofSeconds(Long.getLong("shellgen.sustained.seconds", DEFAULT_SECONDS));
        List<Sample> samples = new ArrayList<>();
        Duration[] startedAt = {null};
        TopologyRun run = LocalTopology.of(SustainedTopology.class)
                .captureOnly()
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
                        Sample sample = new Sample(served, progress.treesAcked(), progress.failed(), progress.pending(),
                                heap);
                        samples.add(sample);
                        System.out.printf(Locale.ROOT, "sustained input: %4d s  acked %,10d  failed %,d  pending %,6d"
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
            // storm-shellgen's default limit for a shell spout with none set (37,000 pending without it).
            assertThat(samples.get(i).pending()).isAtMost(RuntimeConfig.DEFAULT_MAX_SPOUT_PENDING);
            // Still acking in every window: a spout that outran its bolts stops here for good.
            assertThat(samples.get(i).acked()).isGreaterThan(samples.get(i - 1).acked());
        }
    }
}
