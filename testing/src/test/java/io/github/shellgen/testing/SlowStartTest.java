package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.shellgen.testing.topologies.SlowStartTopology;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Components that load for a long time before serving (15 s here, past a heartbeat timeout of 10 s;
 * with Storm's default timeout of 30 s, the README's case loads for {@code SLOW_START_SECS=150} in
 * the environment and {@code -Dshellgen.startup.limit=200} for the README's longer case): on
 * storm-shellgen's runtime (half while importing the script, half in {@code initialize()}) and on
 * Storm's storm.py. They start, within the startup limit, and the results are exact; a start past
 * the limit fails naming it.
 */
class SlowStartTest {

    private static final List<String> WORDS = List.of("storm", "python", "bolt", "spout", "tuple", "stream");
    private static final long LOAD_SECS = Long.parseLong(System.getenv().getOrDefault("SLOW_START_SECS", "15"));
    /** The heartbeat timeout the loads outlast (without it, Storm's supervisor.worker.timeout.secs: 30 s). */
    private static final int HEARTBEAT_TIMEOUT_SECS = 10;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    @Test
    void componentsThatLoadLongerThanTheHeartbeatTimeoutStartAndTheResultsAreExact() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        LocalTopology topology = LocalTopology.of(SlowStartTopology.class)
                .withConfig("topology.subprocess.timeout.secs", HEARTBEAT_TIMEOUT_SECS)
                // Above the start, as the README says for exact results: the spout does not wait for the bolts.
                .withConfig("topology.message.timeout.secs", (int) LOAD_SECS + 60)
                .timeLimit(Duration.ofSeconds(LOAD_SECS + 120))
                .onProgress(progress -> lines.add(progress.line()));
        Integer limit = Integer.getInteger("shellgen.startup.limit");
        if (limit != null) {
            topology.withConfig("shellgen.subprocess.startup.timeout.secs", limit);
        }
        TopologyRun run = topology.run();

        assertThat(run.succeeded()).isTrue();
        assertThat(run.emitted("loading")).containsExactlyElementsIn(
                WORDS.stream().map(w -> List.<Object>of(w, w.toUpperCase(Locale.ROOT))).toList());
        assertThat(run.emitted("stockLoading")).containsExactlyElementsIn(
                WORDS.stream().map(w -> List.<Object>of(w, w.length())).toList());
        assertThat(run.errors()).isEmpty();
        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(run.startup()).isAtLeast(Duration.ofSeconds(LOAD_SECS));
        // While they load, the progress line names them.
        assertThat(lines.stream().anyMatch(line -> line.contains("waiting for idle, loading, stockLoading"))).isTrue();
    }

    @Test
    void aRunStoppedWhileComponentsLoadEndsTheirProcessesAndReportsNoFailure() {
        TimeLimitExceededException e = assertThrows(TimeLimitExceededException.class,
                () -> LocalTopology.of(SlowStartTopology.class).timeLimit(Duration.ofSeconds(15)).run());

        assertThat(e).hasMessageThat().contains("these components had not started yet: idle, loading, stockLoading."
                + " A subprocess still loading its script");
        assertThat(e.run().errors()).isEmpty();
        // and noSubprocessIsLeft
    }

    @Test
    void aStartPastTheLimitFailsNamingTheLimitAndHowToRaiseIt() {
        ComponentStartException e = assertThrows(ComponentStartException.class,
                () -> LocalTopology.of(SlowStartTopology.class)
                        .withConfig("shellgen.subprocess.startup.timeout.secs", 3)
                        .timeLimit(Duration.ofSeconds(60)).run());

        assertThat(e).hasMessageThat().contains("did not finish starting within 3 s"
                + " (shellgen.subprocess.startup.timeout.secs; raise it with startupTimeoutSecs on the component,"
                + " or 0 to wait as long as it takes)");
        assertThat(e.failures().stream().map(ReportedError::component).distinct().toList())
                .containsExactly("idle", "loading", "stockLoading");
    }
}
