package io.github.shellgen.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a local run is over, and if it did not finish, why: a pure function of what the run has seen
 * (a {@link Snapshot}) and the time, so that the rule is read, changed and tested in one place.
 * {@link LocalRunner} takes a snapshot every poll and acts on the {@link Verdict}.
 *
 * <p>The rule, in order: a component that could not start ends the run; so does one that gave up on
 * its subprocess; once every task is ready, the end condition ({@code until}) finishes it when it
 * holds, or, without one, every tuple tree done (but those whose tuples wait in windows that fire
 * only on more input: of tuple counts, or of event time) and nothing happening for the quiet period;
 * the time limit stops it, saying every reason that held.
 */
final class FinishRule {

    /**
     * What a run has seen, at one moment; times are {@link System#nanoTime()} values, 0 for never.
     * {@link #decide} reads neither {@code oldestPendingNanos}, {@code pendingBySpout} nor
     * {@code notStarted}: only {@link #notFinished} does.
     */
    record Snapshot(
            /** When every task was ready; 0 while one is not. */
            long readyNanos,
            boolean startFailed,
            boolean gaveUp,
            /** Whether the end condition holds; empty without one, or before every task is ready. */
            Optional<Boolean> untilHolds,
            int pendingTrees,
            /** Tuples held in windows that fire only on more input: trees that stay pending once the input ends. */
            long heldInWindows,
            long lastActivityNanos,
            long lastSpoutEmitNanos,
            long lastFailNanos,
            long oldestPendingNanos,
            long treesAcked,
            long treesFailed,
            Map<String, Long> pendingBySpout,
            List<String> notStarted) {}

    /** How a run stands. */
    enum Outcome { RUNNING, FINISHED, START_FAILED, GAVE_UP, TIME_LIMIT }

    /**
     * The outcome, and for a finished run when its work ended (the last activity, or the end
     * condition's moment); for a stopped one, the moment it was stopped.
     */
    record Verdict(Outcome outcome, long endNanos) {}

    private final String name;
    private final Duration quietPeriod;
    private final Duration timeLimit;
    private final boolean hasUntil;

    FinishRule(String name, Duration quietPeriod, Duration timeLimit, boolean hasUntil) {
        this.name = name;
        this.quietPeriod = quietPeriod;
        this.timeLimit = timeLimit;
        this.hasUntil = hasUntil;
    }

    /** Where the run stands at {@code now}, for a run started at {@code startNanos}. */
    Verdict decide(Snapshot run, long startNanos, long now) {
        if (run.startFailed()) {
            return new Verdict(Outcome.START_FAILED, now);
        }
        if (run.gaveUp()) {
            return new Verdict(Outcome.GAVE_UP, now);
        }
        boolean ready = run.readyNanos() != 0;
        if (ready && hasUntil && run.untilHolds().orElse(false)) {
            return new Verdict(Outcome.FINISHED, now);
        }
        long lastWork = Math.max(run.lastActivityNanos(), run.readyNanos());
        // Tuples left in windows of tuple counts or of event time stay there until more input comes,
        // which a finished input never sends: their trees do not keep the run from finishing.
        boolean done = run.pendingTrees() == 0
                || (run.heldInWindows() > 0 && run.pendingTrees() <= run.heldInWindows());
        if (ready && !hasUntil && done && now - lastWork >= quietPeriod.toNanos()) {
            return new Verdict(Outcome.FINISHED, lastWork);
        }
        if (now - startNanos >= timeLimit.toNanos()) {
            return new Verdict(Outcome.TIME_LIMIT, now);
        }
        return new Verdict(Outcome.RUNNING, now);
    }

    /** Says what kept a run from finishing within its time limit, and how to give it more time. */
    String notFinished(Snapshot run, long now) {
        String head = TestingMessage.NOT_FINISHED.format(name, timeLimit.toSeconds());
        String tail = TestingMessage.NOT_FINISHED_NEXT.format();
        if (run.readyNanos() == 0) {
            return head + TestingMessage.NOT_STARTED.format(String.join(", ", run.notStarted())) + tail;
        }
        if (hasUntil) {
            return head + TestingMessage.UNTIL_NOT_HELD.format(run.treesAcked(), run.pendingTrees(), run.treesFailed())
                    + tail;
        }
        // Every reason that holds is named: under load several do at once, and which one came first is timing.
        List<String> reasons = new ArrayList<>();
        long quiet = quietPeriod.toNanos();
        if (run.lastFailNanos() != 0 && now - run.lastFailNanos() < quiet) {
            reasons.add(TestingMessage.KEPT_FAILING.format(run.treesFailed(), (now - run.lastFailNanos()) / 1e9,
                    run.treesAcked()));
        }
        if (run.lastSpoutEmitNanos() != 0 && now - run.lastSpoutEmitNanos() < quiet) {
            reasons.add(TestingMessage.KEPT_EMITTING.format((now - run.lastSpoutEmitNanos()) / 1e9));
        }
        // Trees in flight behind a spout that emits are no reason of their own; trees held past the quiet period are.
        long oldestPending = run.pendingTrees() > 0 ? now - run.oldestPendingNanos() : 0;
        if (run.pendingTrees() > 0 && (reasons.isEmpty() || oldestPending >= quiet)) {
            reasons.add(TestingMessage.STILL_PENDING.format(run.pendingTrees(), run.pendingBySpout().entrySet().stream()
                    .map(e -> TestingMessage.PENDING_OF_SPOUT.format(e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")), oldestPending / 1e9));
        }
        if (reasons.isEmpty()) {
            reasons.add(TestingMessage.NEVER_QUIET.format(quietPeriod.toSeconds()));
        }
        if (reasons.size() == 1) {
            return head + reasons.get(0) + tail;
        }
        StringBuilder all = new StringBuilder(head).append(TestingMessage.SEVERAL_REASONS.format(reasons.size()));
        for (int i = 0; i < reasons.size(); i++) {
            all.append(TestingMessage.NUMBERED_REASON.format(i + 1, reasons.get(i)));
        }
        return all.append(tail).toString();
    }
}
