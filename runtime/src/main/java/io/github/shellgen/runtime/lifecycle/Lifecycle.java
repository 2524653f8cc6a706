package io.github.shellgen.runtime.lifecycle;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one owner of a component's subprocess lifecycle, which the spout, the bolt and the component
 * kinds still to come share: which process serves, whether one is starting or due to restart, or
 * whether the component gave up; and the one place that decides what a failure leads to.
 *
 * <pre>
 *   STARTING --started--> SERVING --failed--> RESTARTING (until T) --started--> SERVING
 *      |                     |                    |   ^
 *      | start failed        |                    |   | start failed, within the budget
 *      v                     |                    v   |
 *   (thrown to prepare/open) |                 RESTARTING
 *                            |                    |
 *                            +-- failed, past the budget, or a start failed past it --> GAVE_UP
 *   any state --stop()--> STOPPED (a failure or start from then on is not reported)
 * </pre>
 *
 * <p>Restarts run on the {@link Scheduler} once the {@link RestartBudget}'s pause is over, never on
 * the thread that found the failure; threads that need a serving process wait on the state
 * ({@link #awaitServing()}) instead of polling it. What the failures cost and how they are reported is
 * the component's, through its {@link Events}.
 *
 * @param <P> the process: storm-shellgen's subprocess, or a fake one in tests
 */
public final class Lifecycle<P extends Lifecycle.Process> {

    /** Where a component stands with its subprocess. */
    public enum State {
        /** The first start, in prepare or open. */
        STARTING,
        /** A process serves: {@link #current()} returns it. */
        SERVING,
        /** The process failed; a new one starts at {@link #restartAt()}, or is starting. */
        RESTARTING,
        /** The component gave up: {@link #gaveUp()} is what it throws from now on. */
        GAVE_UP,
        /** The component is shutting down. */
        STOPPED
    }

    /** What the lifecycle needs of a process. */
    public interface Process {
        /** Ends the process in order (its input closed, then asked, then killed). */
        void stop();
    }

    /** Starts a process: the command, the handshake, and the script's loading. */
    public interface Starter<P> {
        /** @param life 1 for the first start, then one more for each restart */
        P start(int life) throws StartFailure;
    }

    /** What a failure means to the component; each called once per failure, on the thread that found it. */
    public interface Events<P> {
        /**
         * {@code process} can no longer be talked to: release what it held, and return the report
         * of the failure, which ends with {@code next.describe()}.
         */
        String failed(P process, String cause, RestartBudget.Decision next);

        /** A restart failed: its report, which ends with {@code next.describe()}. */
        String startFailed(StartFailure failure, RestartBudget.Decision next);

        /** Reports a failure after which the process is restarted. */
        void report(String report);

        /** Reports the failure the component gives up at; returns what it throws from now on. */
        RuntimeException giveUp(String report);

        /** A restarted process serves, from now on. */
        void restarted(P process);
    }

    /** Runs a task after a delay, on a thread of its own (a start may take minutes). */
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    /** The time, in milliseconds; {@link System#currentTimeMillis()} outside tests. */
    public interface Clock {
        long millis();
    }

    private final Starter<P> starter;
    private final Events<P> events;
    private final RestartBudget budget;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private State state = State.STARTING;
    /** Written under the lock; read without it on every tuple (a spout's ack, say). */
    private volatile P current;
    private int lives;
    private long restartAt;
    private volatile RuntimeException gaveUp;

    public Lifecycle(Starter<P> starter, Events<P> events, RestartBudget budget, Scheduler scheduler, Clock clock) {
        this.starter = starter;
        this.events = events;
        this.budget = budget;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The first start, on the calling thread (Storm's prepare or open); a failure is thrown. */
    public P startFirst() throws StartFailure {
        P started = starter.start(nextLife());
        lock.lock();
        try {
            if (state == State.STOPPED) {
                started.stop();
                return started;
            }
            serve(started);
            return started;
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code process} failed, for {@code cause}: decides what follows and has the component report
     * it. A failure of a process that no longer serves (found by a second thread, or after a stop)
     * is not reported again.
     */
    public void failed(P process, String cause) {
        RestartBudget.Decision next;
        lock.lock();
        try {
            if (state != State.SERVING || current != process) {
                return;
            }
            current = null;
            next = budget.afterFailure(clock.millis());
            state = next.restart() ? State.RESTARTING : State.GAVE_UP;
            restartAt = clock.millis() + next.pauseMillis();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        decided(events.failed(process, cause, next), next);
    }

    /** Reports a decision, and schedules the restart or records that the component gave up. */
    private void decided(String report, RestartBudget.Decision next) {
        if (!next.restart()) {
            RuntimeException thrown = events.giveUp(report);
            lock.lock();
            try {
                gaveUp = thrown;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            return;
        }
        events.report(report);
        scheduler.schedule(this::restart, next.pauseMillis());
    }

    /** The pause is over: starts a new process, unless the component stopped meanwhile. */
    private void restart() {
        lock.lock();
        try {
            if (state != State.RESTARTING) {
                return;
            }
        } finally {
            lock.unlock();
        }
        P started;
        try {
            started = starter.start(nextLife());
        } catch (StartFailure failure) {
            RestartBudget.Decision next;
            lock.lock();
            try {
                if (state != State.RESTARTING) {
                    failure.forget(); // stopped while it was starting: nothing to report
                    return;
                }
                next = budget.afterFailure(clock.millis());
                if (!next.restart()) {
                    state = State.GAVE_UP;
                }
                restartAt = clock.millis() + next.pauseMillis();
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            decided(events.startFailed(failure, next), next);
            return;
        }
        lock.lock();
        try {
            if (state != State.RESTARTING) {
                started.stop(); // stopped while it was starting
                return;
            }
            events.restarted(started);
            serve(started);
        } finally {
            lock.unlock();
        }
    }

    private void serve(P process) {
        current = process;
        state = State.SERVING;
        changed.signalAll();
    }

    private int nextLife() {
        return read(() -> ++lives);
    }

    /** What {@code field} reads, under the lock. */
    private <T> T read(Supplier<T> field) {
        lock.lock();
        try {
            return field.get();
        } finally {
            lock.unlock();
        }
    }

    /** The serving process, or null when none serves (starting, restarting, gave up, stopped). */
    public P current() {
        return current;
    }

    /** Waits until a process serves and returns it, or returns null once the component gave up or stopped. */
    public P awaitServing() throws InterruptedException {
        P serving = current;
        if (serving != null) {
            return serving; // the bolt's reader asks on every message: no lock while a process serves
        }
        lock.lock();
        try {
            while (state == State.STARTING || state == State.RESTARTING) {
                changed.await();
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code process} no longer serves (a thread that found it failing waits for what follows). */
    public void awaitNotServing(P process) throws InterruptedException {
        lock.lock();
        try {
            while (state == State.SERVING && current == process) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public State state() {
        return read(() -> state);
    }

    /** When the pending restart is due (in {@link State#RESTARTING}). */
    public long restartAt() {
        return read(() -> restartAt);
    }

    /** What the component throws once it gave up; null before. */
    public RuntimeException gaveUp() {
        return gaveUp;
    }

    /**
     * The component shuts down: no restart from now on, no failure reported; the serving process is
     * stopped, and threads waiting for one are woken. (A process still starting is the starter's to
     * kill.)
     */
    public void stop() {
        P serving;
        lock.lock();
        try {
            serving = current;
            current = null;
            state = State.STOPPED;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (serving != null) {
            serving.stop();
        }
    }

    /** A start that failed: what went wrong, and the process' last lines on standard error. */
    public static class StartFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> stderr;

        public StartFailure(String cause, List<String> stderr) {
            super(cause, null, false, false);
            this.stderr = List.copyOf(stderr);
        }

        /** Its last lines on standard error. */
        public List<String> stderr() {
            return stderr;
        }

        /** Its process has gone: its pid is no longer the worker's to kill. */
        public void forget() {}
    }
}
