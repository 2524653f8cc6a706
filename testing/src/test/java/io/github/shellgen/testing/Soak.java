package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.runtime.RuntimeConfig;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run fed without end for a while, what the soak tests share: it serves for {@code serve} once
 * every task is ready, sampling acked, failed, pending and the heap after a full collection every
 * 15 s (printed, one line each, after {@code label}), then asserts what a steady run shows.
 */
final class Soak {

    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(15);

    record Sample(Duration served, long acked, long failed, long pending, long heapBytes) {}

    private final String label;
    private final Duration serve;
    private final List<Sample> samples = new ArrayList<>();
    private Duration startedAt;

    Soak(String label, Duration serve) {
        this.label = label;
        this.serve = serve;
    }

    /** Runs {@code topology} for the soak's time (and at most 90 s more), sampling as it goes. */
    TopologyRun run(LocalTopology topology) throws Exception {
        return topology.timeLimit(serve.plus(Duration.ofSeconds(90)))
                .onProgress(this::sample)
                .until(progress -> startedAt != null && progress.elapsed().minus(startedAt).compareTo(serve) >= 0)
                .run();
    }

    private void sample(Progress progress) {
        if (!progress.started()) {
            return;
        }
        if (startedAt == null) {
            startedAt = progress.elapsed();
        }
        Duration served = progress.elapsed().minus(startedAt);
        if (served.compareTo(SAMPLE_EVERY.multipliedBy(samples.size())) >= 0) {
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            Sample sample = new Sample(served, progress.treesAcked(), progress.failed(), progress.pending(), heap);
            samples.add(sample);
            System.out.printf(Locale.ROOT, "%s: %4d s  acked %,10d  failed %,d  pending %,6d  heap after GC %,6.1f"
                    + " MiB%n", label, served.toSeconds(), sample.acked(), sample.failed(), sample.pending(),
                    heap / 1048576.0);
        }
    }

    /**
     * At least three samples; in each after the first, no tree failed, no more pending than a shell
     * spout's default limit (37,000 were, without it), and more acked than in the one before (a spout
     * that outran its bolts stops acking for good).
     */
    void assertSteady() {
        assertThat(samples.size()).isAtLeast(3);
        for (int i = 1; i < samples.size(); i++) {
            assertThat(samples.get(i).failed()).isEqualTo(0);
            assertThat(samples.get(i).pending()).isAtMost(RuntimeConfig.DEFAULT_MAX_SPOUT_PENDING);
            assertThat(samples.get(i).acked()).isGreaterThan(samples.get(i - 1).acked());
        }
    }
}
