package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.TallyTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stateful Python bolts on a real in-process cluster, with real python3 processes and Storm's own
 * checkpointing (its checkpoint spout and StatefulBoltExecutor, the in-memory provider, a
 * checkpoint every 200 ms): the {@code tally} topology counts the words of 300 sentences in its
 * state. The counts are exact with the bolt's process killed (SIGKILL) mid-stream and a process()
 * that raises after changing the state (built by stock Flux from the generated file), and with a
 * checkpoint that times out, which rolls the state back (through {@code builder()}): the tuples
 * whose changes were lost are replayed, none counted twice.
 */
class StatefulTest {

    private static final List<String> SENTENCES = IntStream.range(0, 300)
            .mapToObj(i -> "w" + (i % 7) + " w" + (i % 11) + " w" + (i % 3) + " common")
            .toList();

    @TempDir
    Path dir;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    private static LocalTopology tally(LocalTopology topology) {
        return topology.withConfig("tally.sentences", SENTENCES)
                .withConfig("tally.pause", 0.005)
                .quietPeriod(Duration.ofSeconds(1))
                .timeLimit(Duration.ofSeconds(90));
    }

    /** Each word's count in the input. */
    private static Map<String, Long> expected() {
        Map<String, Long> counts = new TreeMap<>();
        SENTENCES.forEach(s -> List.of(s.split(" ")).forEach(w -> counts.merge(w, 1L, Long::sum)));
        return counts;
    }

    /** Each word's last count the bolt emitted: the count in its state once the run is over. */
    private static Map<String, Long> lastCounts(TopologyRun run) {
        Map<String, Long> last = new LinkedHashMap<>();
        for (List<Object> tuple : run.emitted("counts")) {
            last.put((String) tuple.get(0), ((Number) tuple.get(1)).longValue());
        }
        return new TreeMap<>(last);
    }

    /**
     * A process() that takes longer than the message timeout: the checkpoint waiting for it times
     * out, Storm rolls the state back, every tuple not committed is failed and replayed, and the
     * script is given the committed state again; the counts end exact.
     */
    @Test
    void aCheckpointThatTimesOutRollsTheStateBackAndTheCountsEndExact() throws Exception {
        TopologyRun run = tally(LocalTopology.of(TallyTopology.class))
                .withConfig("topology.message.timeout.secs", 3)
                .withConfig("tally.sleepOn", 100)
                .withConfig("tally.sleepSecs", 5)
                .withConfig("tally.dir", dir.toString())
                .run();

        assertThat(lastCounts(run)).isEqualTo(expected());
        assertThat(run.treesAcked()).isEqualTo(SENTENCES.size());
        assertThat(run.treesFailed()).isGreaterThan(0L);
        // Given its state at the start (empty), and again, committed, after the rollback.
        List<List<Object>> inits = run.emitted("counts", "inits");
        assertThat(inits.size()).isAtLeast(2);
        assertThat(inits.get(0)).containsExactly(0);
        assertThat(run.errors()).isEmpty();
    }

    /** Built by stock Flux from the generated file (whose stateful bolt Flux sets as an IStatefulBolt). */
    @Test
    void aProcessKilledMidStreamAndAProcessThatRaisesLeaveTheCountsExactBuiltByStockFlux() throws Exception {
        TopologyRun run = tally(LocalTopology.fromFlux(TallyTopology.FLUX_RESOURCE))
                .withConfig("tally.killAt", 150)
                .withConfig("tally.raiseOn", 40)
                .withConfig("tally.dir", dir.toString())
                .run();

        assertThat(lastCounts(run)).isEqualTo(expected());
        assertThat(run.treesAcked()).isEqualTo(SENTENCES.size());
        assertThat(run.treesFailed()).isAtLeast(2); // the sentence that raised, and what the killed process held
        List<String> messages = new ArrayList<>();
        run.errors().forEach(e -> messages.add(e.message()));
        assertThat(messages).hasSize(2);
        String raised = messages.stream().filter(m -> m.contains("tally.raiseOn")).findFirst().orElseThrow();
        assertThat(raised).contains("(in process() of a tuple, which was failed; its changes to the state were undone)");
        String killed = messages.stream().filter(m -> m.contains("killed by signal 9")).findFirst().orElseThrow();
        assertThat(killed).containsMatch("bolt \"counts\" \\(TallyCountsBolt, task \\d+\\): its subprocess \\(pid"
                + " \\d+, `python3 shellgen/run.py tally.py`\\) was killed by signal 9");
        assertThat(killed).containsMatch("\\d+ tuples? it had not finished, or whose changes to the state it had"
                + " not given at a checkpoint yet, were failed, so a reliable spout replays them; the next subprocess"
                + " starts from the state with every change given at a checkpoint");
        assertThat(killed).contains("Restarting it now");
    }
}
