package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The finish rule, on snapshots and times made up here: no cluster, no clock. */
class FinishRuleTest {

    private static final long S = 1_000_000_000L;
    private static final long START = 1_000 * S;

    private final FinishRule rule = new FinishRule("t", Duration.ofSeconds(2), Duration.ofSeconds(60), false);

    /** Ready at START + 5 s, every tree done, the last activity at START + 10 s. */
    private static FinishRule.Snapshot idle() {
        return new FinishRule.Snapshot(START + 5 * S, false, false, Optional.empty(), 0, 0, START + 10 * S, START + 9 * S,
                0, 0, 100, 0, Map.of(), List.of());
    }

    private static FinishRule.Snapshot with(FinishRule.Snapshot s, int pending, long lastActivity, long lastEmit,
            long lastFail, long oldestPending) {
        return with(s, pending, 0, lastActivity, lastEmit, lastFail, oldestPending);
    }

    private static FinishRule.Snapshot with(FinishRule.Snapshot s, int pending, long held, long lastActivity,
            long lastEmit, long lastFail, long oldestPending) {
        return new FinishRule.Snapshot(s.readyNanos(), s.startFailed(), s.gaveUp(), s.untilHolds(), pending, held,
                lastActivity, lastEmit, lastFail, oldestPending, s.treesAcked(), 7, Map.of("numbers", (long) pending),
                s.notStarted());
    }

    @Test
    void aRunFinishesOnceEveryTreeIsDoneAndNothingHappenedForTheQuietPeriod() {
        FinishRule.Snapshot idle = idle();

        assertThat(rule.decide(idle, START, START + 12 * S - 1).outcome()).isEqualTo(FinishRule.Outcome.RUNNING);
        FinishRule.Verdict done = rule.decide(idle, START, START + 12 * S);
        assertThat(done.outcome()).isEqualTo(FinishRule.Outcome.FINISHED);
        assertThat(done.endNanos()).isEqualTo(START + 10 * S); // its work ended at the last activity
    }

    @Test
    void pendingTreesKeepARunGoingUntilTheTimeLimit() {
        FinishRule.Snapshot held = with(idle(), 3, START + 10 * S, START + 9 * S, 0, START + 9 * S);

        assertThat(rule.decide(held, START, START + 59 * S).outcome()).isEqualTo(FinishRule.Outcome.RUNNING);
        assertThat(rule.decide(held, START, START + 60 * S).outcome()).isEqualTo(FinishRule.Outcome.TIME_LIMIT);
        assertThat(rule.notFinished(held, START + 60 * S)).isEqualTo("Topology \"t\" did not finish within its time"
                + " limit of 60 s: 3 tuple trees were still pending (spout numbers: 3), the oldest emitted 51.0 s"
                + " before. A bolt that neither acks nor fails its input, or a subprocess that stopped answering, holds"
                + " them. The topology was stopped. Give it more time (LocalTopology.timeLimit, or"
                + " -Dshellgen.timeLimit=SECONDS with shellgen:run) if it was only slow.");
    }

    @Test
    void treesWhoseTuplesWaitInWindowsThatFireOnlyOnMoreInputDoNotKeepARunGoing() {
        FinishRule.Snapshot inWindows = with(idle(), 3, 3, START + 10 * S, START + 9 * S, 0, START + 9 * S);
        FinishRule.Snapshot moreThanWindowsHold = with(idle(), 4, 3, START + 10 * S, START + 9 * S, 0, START + 9 * S);

        assertThat(rule.decide(inWindows, START, START + 12 * S - 1).outcome()).isEqualTo(FinishRule.Outcome.RUNNING);
        assertThat(rule.decide(inWindows, START, START + 12 * S).outcome()).isEqualTo(FinishRule.Outcome.FINISHED);
        assertThat(rule.decide(moreThanWindowsHold, START, START + 30 * S).outcome())
                .isEqualTo(FinishRule.Outcome.RUNNING);
    }

    @Test
    void aStartFailureEndsTheRunBeforeAGiveUpAndBeforeTheWorkIsDone() {
        FinishRule.Snapshot s = idle();
        FinishRule.Snapshot failed = new FinishRule.Snapshot(0, true, true, Optional.empty(), 0, 0, 0, 0, 0, 0, 0, 0,
                Map.of(), List.of("split"));
        FinishRule.Snapshot gaveUp = new FinishRule.Snapshot(s.readyNanos(), false, true, Optional.empty(), 0, 0,
                s.lastActivityNanos(), 0, 0, 0, 0, 0, Map.of(), List.of());

        assertThat(rule.decide(failed, START, START + S).outcome()).isEqualTo(FinishRule.Outcome.START_FAILED);
        assertThat(rule.decide(gaveUp, START, START + 30 * S).outcome()).isEqualTo(FinishRule.Outcome.GAVE_UP);
    }

    @Test
    void withAnEndConditionOnlyItFinishesTheRun() {
        FinishRule until = new FinishRule("t", Duration.ofSeconds(2), Duration.ofSeconds(60), true);
        FinishRule.Snapshot s = idle();
        FinishRule.Snapshot notYet = new FinishRule.Snapshot(s.readyNanos(), false, false, Optional.of(false), 0, 0,
                s.lastActivityNanos(), 0, 0, 0, 40, 2, Map.of(), List.of());
        FinishRule.Snapshot holds = new FinishRule.Snapshot(s.readyNanos(), false, false, Optional.of(true), 5, 0,
                s.lastActivityNanos(), 0, 0, 0, 40, 2, Map.of(), List.of());

        assertThat(until.decide(notYet, START, START + 30 * S).outcome()).isEqualTo(FinishRule.Outcome.RUNNING);
        assertThat(until.decide(holds, START, START + 30 * S).endNanos()).isEqualTo(START + 30 * S);
        assertThat(until.notFinished(notYet, START + 60 * S)).contains("its end condition (LocalTopology.until) did"
                + " not hold, with 40 tuple trees acked, 0 pending and 2 failed.");
    }

    @Test
    void aRunWhoseComponentsNeverStartedSaysWhichAtTheTimeLimit() {
        FinishRule.Snapshot starting = new FinishRule.Snapshot(0, false, false, Optional.empty(), 0, 0, START, 0, 0, 0,
                0, 0, Map.of(), List.of("count", "split"));

        assertThat(rule.decide(starting, START, START + 60 * S).outcome()).isEqualTo(FinishRule.Outcome.TIME_LIMIT);
        assertThat(rule.notFinished(starting, START + 60 * S)).contains("these components had not started yet:"
                + " count, split.");
    }

    @Test
    void everyReasonThatHeldIsNumberedAndTreesInFlightBehindAnEmittingSpoutAreNoReasonOfTheirOwn() {
        long now = START + 60 * S;
        FinishRule.Snapshot inFlight = with(idle(), 4, now - S / 10, now - S / 10, now - S, now - S / 2);
        FinishRule.Snapshot heldLong = with(idle(), 4, now - S / 10, now - S / 10, now - S, now - 5 * S);

        String two = rule.notFinished(inFlight, now);
        assertThat(two).contains("2 things held when it was stopped: (1) tuple trees kept failing and being replayed"
                + " (7 failures, the last 1.0 s before; 100 acked)");
        assertThat(two).contains(" (2) the spouts were still emitting (the last tuple 0.1 s before)");
        assertThat(two).doesNotContain("still pending");
        assertThat(rule.notFinished(heldLong, now)).contains(" (3) 4 tuple trees were still pending (spout numbers:"
                + " 4), the oldest emitted 5.0 s before.");
    }

    @Test
    void aRunThatNeverStaysQuietSaysSo() {
        long now = START + 60 * S;
        FinishRule.Snapshot busy = with(idle(), 0, now - S, 0, 0, 0);

        assertThat(rule.decide(busy, START, now).outcome()).isEqualTo(FinishRule.Outcome.TIME_LIMIT);
        assertThat(rule.notFinished(busy, now)).contains("every tuple tree was done, but the topology never stayed"
                + " quiet for 2 s");
    }
}
