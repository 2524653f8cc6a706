package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;

import com.example.statefulcount.StatefulCountTopology;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.Progress;
import io.github.shellgen.testing.RedisServer;
import io.github.shellgen.testing.ReportedError;
import io.github.shellgen.testing.TopologyRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stateful word count on an in-process cluster, its state checkpointed by Storm into a real
 * Redis (redis-server on a free port of 127.0.0.1): the counts read from Redis are exact after the
 * counting bolt's Python process is killed with SIGKILL mid-stream, and after the topology is killed
 * mid-stream and submitted again (the counts go on from the store, none counted twice).
 */
class StatefulCountIT {

    /** 60 rounds of the example's 19 sentences, 2 ms apart: about 2.5 s of input. */
    private static final int ROUNDS = 60;

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start(Files.createDirectories(Path.of("target", "redis-" + System.nanoTime())));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void noStateYet() {
        redis.flush();
    }

    private static LocalTopology statefulCount() {
        return LocalTopology.of(StatefulCountTopology.class)
                .withConfig(RedisServer.STATE_CONFIG_KEY, redis.stateConfig())
                .withConfig("statefulcount.rounds", ROUNDS)
                .withConfig("statefulcount.pause", 0.002)
                .timeLimit(Duration.ofSeconds(120));
    }

    private static long sentences() throws Exception {
        return ROUNDS * ExpectedCounts.sentences();
    }

    @Test
    void theCountsInRedisAreExactAfterTheCountersProcessIsKilledMidStream() throws Exception {
        AtomicLong killed = new AtomicLong();
        TopologyRun run = statefulCount()
                .onProgress(progress -> killACounterOnce(progress, killed))
                .run();

        assertThat(killed.get()).isGreaterThan(0L);
        StatefulCounts counts = StatefulCounts.in(redis);
        assertThat(counts.words()).containsExactlyEntriesIn(StatefulCounts.expected(ROUNDS));
        assertThat(counts.sentences()).isEqualTo(sentences());
        assertThat(run.treesAcked()).isEqualTo(sentences());
        assertThat(run.treesFailed()).isGreaterThan(0L); // what the killed process held, replayed
        List<ReportedError> errors = run.errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).containsMatch("its subprocess \\(pid " + killed.get()
                + ", `python3 shellgen/run.py statefulcount.py`\\) was killed by signal 9");
    }

    /** Once a checkpoint has committed some counts: a counter's process killed with SIGKILL. */
    private static void killACounterOnce(Progress progress, AtomicLong killed) {
        if (killed.get() != 0 || progress.treesAcked() < 200) {
            return; // (a tree is acked once the checkpoint after it has committed)
        }
        ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("statefulcount.py"))
                .findFirst()
                .ifPresent(counter -> {
                    killed.set(counter.pid());
                    counter.destroyForcibly();
                });
    }

    @Test
    void theTopologyKilledMidStreamAndSubmittedAgainGoesOnFromTheStoreExactly() throws Exception {
        statefulCount().until(progress -> progress.treesAcked() >= 300).run();
        StatefulCounts first = StatefulCounts.in(redis);
        assertThat(first.sentences()).isAtLeast(300L);
        assertThat(first.sentences()).isLessThan(sentences());

        // Submitted again, the spout emits every sentence again: those counted are left out.
        TopologyRun again = statefulCount().run();

        StatefulCounts counts = StatefulCounts.in(redis);
        assertThat(counts.words()).containsExactlyEntriesIn(StatefulCounts.expected(ROUNDS));
        assertThat(counts.sentences()).isEqualTo(sentences());
        assertThat(again.treesAcked()).isEqualTo(sentences());
        assertThat(again.errors()).isEmpty();
    }
}
