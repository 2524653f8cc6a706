package io.github.shellgen.runtime.lifecycle;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lifecycle's decisions, with a fake clock, a fake scheduler (restarts run when the clock is
 * advanced past them) and fake processes: every transition, the budget's edges, failures during a
 * restart and during shutdown, and the waits of the threads that need a serving process.
 */
@Timeout(10)
class LifecycleTest {

    /** A process that records whether it was stopped. */
    static final class FakeProcess implements Lifecycle.Process {
        final int life;
        boolean stopped;

        FakeProcess(int life) {
            this.life = life;
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    private long now = 1_000_000;
    /** Scheduled restarts: when each is due. */
    private final List<long[]> dueAt = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    /** What the next starts do: null starts a process, else the failure is thrown. */
    private final Deque<String> startFailures = new ArrayDeque<>();
    private final List<FakeProcess> started = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    /** Runs during a start (to fail or stop the component meanwhile). */
    private Runnable duringStart = () -> {};

    private Lifecycle<FakeProcess> lifecycle(int perMinute) {
        return new Lifecycle<>(life -> {
            duringStart.run();
            String failure = startFailures.poll();
            if (failure != null) {
                throw new Lifecycle.StartFailure(failure, List.of("stderr of life " + life)) {
                    @Override
                    public void forget() {
                        events.add("forgot life " + life);
                    }
                };
            }
            FakeProcess process = new FakeProcess(life);
            started.add(process);
            return process;
        }, new Lifecycle.Events<>() {
            @Override
            public String failed(FakeProcess process, String cause, RestartBudget.Decision next) {
                return "life " + process.life + " " + cause + ". " + next.describe();
            }

            @Override
            public String startFailed(Lifecycle.StartFailure failure, RestartBudget.Decision next) {
                return "restart " + failure.getMessage() + " " + failure.stderr() + ". " + next.describe();
            }

            @Override
            public void report(String report) {
                events.add("report: " + report);
            }

            @Override
            public RuntimeException giveUp(String report) {
                events.add("gave up: " + report);
                return new IllegalStateException(report);
            }

            @Override
            public void restarted(FakeProcess process) {
                events.add("restarted life " + process.life);
            }
        }, new RestartBudget(perMinute), (task, delayMillis) -> {
            dueAt.add(new long[] {now + delayMillis});
            scheduled.add(task);
        }, () -> now);
    }

    /** Advances the clock, running the restarts that fall due (in the order they were scheduled). */
    private void advance(long millis) {
        now += millis;
        for (int i = 0; i < scheduled.size(); i++) {
            if (dueAt.get(i)[0] <= now) {
                Runnable task = scheduled.remove(i);
                dueAt.remove(i);
                task.run();
                i = -1;
            }
        }
    }

    /** A wait that a thread of the component would do. */
    private interface Wait {
        void run() throws InterruptedException;
    }

    /** Runs {@code wait} on a thread of its own, started. */
    private static Thread started(Wait wait) {
        Thread thread = new Thread(() -> {
            try {
                wait.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void theFirstStartServesAndAFailureRestartsAtOnceThenServesAgain() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.STARTING);
        FakeProcess first = lifecycle.startFirst();

        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.SERVING);
        assertThat(lifecycle.current()).isSameInstanceAs(first);
        lifecycle.failed(first, "exited with status 1");
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.RESTARTING);
        assertThat(lifecycle.current()).isNull();
        assertThat(lifecycle.restartAt()).isEqualTo(now);
        assertThat(events).containsExactly(
                "report: life 1 exited with status 1. Restarting it now (restart 1 of at most 5 within a minute).");

        advance(0);
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.SERVING);
        assertThat(lifecycle.current().life).isEqualTo(2);
        assertThat(events).contains("restarted life 2");
    }

    @Test
    void aFirstStartThatFailsIsThrownAndLeavesNothingScheduled() {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        startFailures.add("could not be started: no such file");

        Lifecycle.StartFailure thrown = assertThrows(Lifecycle.StartFailure.class, lifecycle::startFirst);
        assertThat(thrown).hasMessageThat().isEqualTo("could not be started: no such file");
        assertThat(scheduled).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void restartsPauseLongerEachTimeWithinAMinuteAndGiveUpPastTheBudget() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(3);
        lifecycle.startFirst();
        long[] pauses = new long[3];
        for (int i = 0; i < 3; i++) {
            lifecycle.failed(lifecycle.current(), "crashed");
            pauses[i] = lifecycle.restartAt() - now;
            advance(pauses[i] - 1);
            assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.RESTARTING); // not one millisecond early
            advance(1);
            assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.SERVING);
        }
        assertThat(pauses).asList().containsExactly(0L, 1_000L, 2_000L).inOrder();

        lifecycle.failed(lifecycle.current(), "crashed");
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.GAVE_UP);
        assertThat(lifecycle.gaveUp()).hasMessageThat().endsWith("Giving up: this is failure 4 within a minute, past"
                + " the budget of 3 restarts a minute (shellgen.subprocess.restarts.per.minute).");
        assertThat(scheduled).isEmpty();
        assertThat(lifecycle.current()).isNull();
    }

    @Test
    void aFailureAMinuteAfterTheFirstIsWithinTheBudgetAgain() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(1);
        lifecycle.startFirst();
        lifecycle.failed(lifecycle.current(), "crashed");
        advance(0);
        advance(60_000);

        lifecycle.failed(lifecycle.current(), "crashed again");

        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.RESTARTING);
        advance(0);
        assertThat(lifecycle.current().life).isEqualTo(3);
    }

    @Test
    void withRestartsOffTheFirstFailureGivesUp() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(0);
        lifecycle.startFirst();

        lifecycle.failed(lifecycle.current(), "crashed");

        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.GAVE_UP);
        assertThat(events).containsExactly("gave up: life 1 crashed. Giving up: restarts are off"
                + " (shellgen.subprocess.restarts.per.minute is 0).");
    }

    @Test
    void aRestartThatFailsCountsAgainstTheBudgetAndIsTriedAgainAfterAPause() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(2);
        lifecycle.startFirst();
        startFailures.add("did not complete the handshake");
        lifecycle.failed(lifecycle.current(), "crashed");

        advance(0);

        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.RESTARTING);
        assertThat(events).contains("report: restart did not complete the handshake [stderr of life 2]. Restarting it"
                + " in 1 s (restart 2 of at most 2 within a minute).");
        startFailures.add("did not complete the handshake");
        advance(1_000);
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.GAVE_UP);
        assertThat(lifecycle.gaveUp()).hasMessageThat().startsWith("restart did not complete the handshake [stderr of"
                + " life 3]. Giving up");
    }

    @Test
    void aSecondReportOfTheSameFailureIsNotReportedAgain() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        FakeProcess first = lifecycle.startFirst();

        lifecycle.failed(first, "could not be sent a message (the writer's exception), and was killed");
        lifecycle.failed(first, "exited with status 137"); // the reader finds the same process gone

        assertThat(events).hasSize(1);
        advance(0);
        lifecycle.failed(first, "late"); // a process that no longer serves
        assertThat(events).containsExactly(events.get(0), "restarted life 2");
        assertThat(lifecycle.current().life).isEqualTo(2);
    }

    @Test
    void aFailureDuringShutdownIsNotReportedAndNothingRestarts() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        FakeProcess first = lifecycle.startFirst();

        lifecycle.stop();
        lifecycle.failed(first, "exited with status 0");

        assertThat(first.stopped).isTrue();
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.STOPPED);
        assertThat(events).isEmpty();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void aStopDuringThePauseCancelsTheRestart() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        lifecycle.startFirst();
        lifecycle.failed(lifecycle.current(), "crashed");
        advance(0);
        lifecycle.failed(lifecycle.current(), "crashed"); // restart 2 is due in 1 s

        lifecycle.stop();
        advance(1_000);

        assertThat(started).hasSize(2);
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.STOPPED);
    }

    @Test
    void aProcessThatFinishesStartingAfterAStopIsStoppedNotServed() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        lifecycle.startFirst();
        lifecycle.failed(lifecycle.current(), "crashed");
        duringStart = lifecycle::stop;

        advance(0);

        FakeProcess late = started.get(1);
        assertThat(late.stopped).isTrue();
        assertThat(lifecycle.current()).isNull();
        assertThat(events).doesNotContain("restarted life 2");
    }

    @Test
    void aRestartThatFailsBecauseTheComponentStoppedIsForgottenNotReported() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        lifecycle.startFirst();
        lifecycle.failed(lifecycle.current(), "crashed");
        startFailures.add("was stopped with its component while it was starting");
        duringStart = lifecycle::stop;

        advance(0);

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isEqualTo("forgot life 2");
        assertThat(lifecycle.state()).isEqualTo(Lifecycle.State.STOPPED);
    }

    @Test
    void aThreadWaitingForAServingProcessWakesWhenTheRestartServes() throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        FakeProcess first = lifecycle.startFirst();
        lifecycle.failed(first, "crashed");
        AtomicReference<FakeProcess> served = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread writer = started(() -> {
            waiting.countDown();
            served.set(lifecycle.awaitServing());
        });
        waiting.await();

        advance(0);
        writer.join(5_000);

        assertThat(writer.isAlive()).isFalse();
        assertThat(served.get().life).isEqualTo(2);
    }

    @Test
    void waitingThreadsAreReleasedWithNullWhenTheComponentGivesUpOrStops() throws Exception {
        Lifecycle<FakeProcess> givesUp = lifecycle(0);
        FakeProcess first = givesUp.startFirst();
        Lifecycle<FakeProcess> stops = lifecycle(5);
        FakeProcess other = stops.startFirst();
        stops.failed(other, "crashed"); // restarting: a waiter blocks
        AtomicReference<Object> fromStopped = new AtomicReference<>("unset");
        Thread waiter = started(() -> {
            fromStopped.set(stops.awaitServing());
        });

        givesUp.failed(first, "crashed");
        stops.stop();
        waiter.join(5_000);

        assertThat(givesUp.awaitServing()).isNull();
        assertThat(fromStopped.get()).isNull();
    }

    @Test
    void noProcessServesWhileRestartingAndAWriterWaitsUntilItsFailedProcessNoLongerServes()
            throws Exception {
        Lifecycle<FakeProcess> lifecycle = lifecycle(5);
        FakeProcess first = lifecycle.startFirst();
        CountDownLatch released = new CountDownLatch(1);
        Thread writer = started(() -> {
            lifecycle.awaitNotServing(first);
            released.countDown();
        });
        assertThat(released.await(100, TimeUnit.MILLISECONDS)).isFalse(); // still serving: the writer waits

        lifecycle.failed(first, "crashed");

        assertThat(released.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lifecycle.current()).isNull();
    }
}
