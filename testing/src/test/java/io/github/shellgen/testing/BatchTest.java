package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.BatchesTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch Python bolt on a real in-process cluster, built by stock Flux from the generated file, with
 * real python3 processes: the {@code batches} topology splits 300 sentences in batches of up to 8.
 * One sentence is failed alone in its batch, and the bolt's process is killed (SIGKILL) in the
 * middle of a batch; every sentence's words still come out exactly once, and every tree is acked.
 */
class BatchTest {

    private static final List<String> SENTENCES = IntStream.range(0, 300)
            .mapToObj(i -> "w" + (i % 7) + " w" + (i % 11) + " common")
            .toList();

    @TempDir
    Path dir;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void aTupleFailedAloneAndAProcessKilledMidBatchLeaveTheOutputExact() throws Exception {
        TopologyRun run = LocalTopology.fromFlux(BatchesTopology.FLUX_RESOURCE)
                .withConfig("tally.sentences", SENTENCES)
                .withConfig("tally.pause", 0.002)
                .withConfig("batch.killAt", 150)
                .withConfig("batch.failOn", 40)
                .withConfig("batch.dir", dir.toString())
                .quietPeriod(Duration.ofSeconds(1))
                .timeLimit(Duration.ofSeconds(90))
                .run();

        List<String> expected = new ArrayList<>();
        for (int id = 0; id < SENTENCES.size(); id++) {
            for (String word : SENTENCES.get(id).split(" ")) {
                expected.add(id + " " + word);
            }
        }
        List<String> emitted = run.emitted("words").stream().map(t -> t.get(0) + " " + t.get(1)).toList();
        assertThat(emitted).containsExactlyElementsIn(expected);
        assertThat(run.treesAcked()).isEqualTo(SENTENCES.size());
        // Sentence 40, failed alone, and those of the batch the killed process held.
        assertThat(run.treesFailed()).isAtLeast(2);
        List<Integer> sizes = run.emitted("words", "sizes").stream().map(t -> ((Number) t.get(0)).intValue()).toList();
        assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(8); // filled by count
        assertThat(sizes.stream().allMatch(size -> size >= 1 && size <= 8)).isTrue();
        assertThat(run.errors()).hasSize(1);
        String killed = run.errors().get(0).message();
        assertThat(killed).containsMatch("bolt \"words\" \\(BatchesWordsBolt, task \\d+\\): its subprocess \\(pid"
                + " \\d+, `python3 shellgen/run.py batchsplit.py`\\) was killed by signal 9");
        assertThat(killed).contains("Restarting it now");
    }
}
