package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.PendingTopology;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A spout on storm-shellgen's runtime is asked for several tuples in one frame while it emits one
 * on every nextTuple, but never for more than {@code topology.max.spout.pending} allows: the
 * script's own count of its pending trees, sent with each emit, stays below the bound.
 */
class SpoutBatchingTest {

    @Test
    void aSpoutAskedInBurstsNeverHasMoreTreesPendingThanMaxSpoutPending() throws Exception {
        TopologyRun run = LocalTopology.of(PendingTopology.class)
                .until(progress -> progress.treesAcked() >= 300)
                .timeLimit(Duration.ofSeconds(90))
                .run();

        List<List<Object>> emitted = run.emitted("numbers");
        assertThat(emitted.stream().map(t -> ((Number) t.get(0)).intValue()).toList())
                .containsExactlyElementsIn(IntStream.range(0, 300).boxed().toList());
        int mostPending = emitted.stream().mapToInt(t -> ((Number) t.get(1)).intValue()).max().orElseThrow();
        // Emitted while 4 were pending: the bound (5) was reached, never passed.
        assertThat(mostPending).isEqualTo(4);
        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(run.emitted("slow")).hasSize(300);
    }
}
