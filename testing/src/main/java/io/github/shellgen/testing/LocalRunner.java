package io.github.shellgen.testing;

import io.github.shellgen.runtime.process.Reaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.storm.Config;
import org.apache.storm.LocalCluster;
import org.apache.storm.generated.KillOptions;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One run: submit, wait until done or the time limit, shut down in order, collect the result. */
final class LocalRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRunner.class);
    private static final long POLL_MILLIS = 50;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    /** How long a stopped run waits for pending trees to finish after its spouts are deactivated. */
    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** How long the shutdown waits for the topology's subprocesses to end. */
    private static final Duration PROCESS_EXIT = Duration.ofSeconds(10);

    /**
     * The in-process cluster's settings: what {@code new LocalCluster()} sets (message timeouts on,
     * so that a lost tuple tree times out and is replayed, as on a cluster), and no wait for a killed
     * worker. The supervisor waits {@code supervisor.worker.shutdown.sleep.secs} (3 s by default)
     * for a killed worker's processes to end before it kills them by force, and warns ten times a
     * second after the first that the slot "is still not shut down"; the run's worker is in-process
     * and has stopped its executors and subprocesses by then.
     */
    private static final Map<String, Object> DAEMON_CONF = Map.of(
            Config.TOPOLOGY_ENABLE_MESSAGE_TIMEOUTS, true,
            Config.SUPERVISOR_WORKER_SHUTDOWN_SLEEP_SECS, 0);

    /** What a run is given: the topology, its configuration and input, and how it is run. */
    record Settings(String name, StormTopology topology, Map<String, Object> conf, List<TrackedTopology.Input> inputs,
            Duration quietPeriod, Duration timeLimit, CapturePolicy capture, Consumer<Progress> progress,
            Optional<Predicate<Progress>> until, Optional<Path> resources, Runnable beforeSubmit,
            Runnable beforeShutdown) {}

    private final Settings settings;
    private final String name;

    LocalRunner(Settings settings) {
        this.settings = settings;
        this.name = settings.name();
    }

    TopologyRun run() throws Exception {
        // Storm's local folders go to java.io.tmpdir, which a build may point at a folder not made yet.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        String runId = Utils.uuid();
        RunRecorder recorder = RunRecorder.start(runId, settings.capture());
        TrackedTopology tracked;
        try {
            tracked = new TrackedTopology(runId, settings.topology(), settings.conf(), settings.inputs());
        } catch (RuntimeException e) {
            recorder.end();
            throw e;
        }
        Duration quiet = effectiveQuietPeriod(tracked);
        Set<Long> processesBefore = descendantProcesses();
        Optional<Path> location = settings.resources().or(tracked::resources);
        long start = System.nanoTime();
        try (AutoCloseable resourcesLocation = location.map(ResourcesLocation::use).orElse(() -> {});
                LoopbackZooKeeper zooKeeper = LoopbackZooKeeper.start()) {
            LocalCluster cluster = new LocalCluster.Builder().withDaemonConf(zooKeeper.daemonConf(DAEMON_CONF)).build();
            Outcome outcome;
            long submitted;
            try {
                settings.beforeSubmit().run();
                submitted = System.nanoTime();
                cluster.submitTopology(name, settings.conf(), tracked.topology());
                outcome = awaitDone(recorder, tracked, start, new FinishRule(name, quiet, settings.timeLimit(),
                        settings.until().isPresent()));
                settings.beforeShutdown().run();
            } catch (Exception | Error e) {
                recorder.stopping();
                closeQuietly(cluster);
                throw e;
            }
            shutDown(cluster, recorder);
            TopologyRun run = new TopologyRun(name, outcome.finished(), tracked, recorder, submitted,
                    Duration.ofNanos(outcome.readyNanos() - start), outcome.runTime());
            if (!recorder.startFailures().isEmpty()) {
                throw new ComponentStartException(outcome.unfinished(), recorder.startFailures(), run);
            }
            if (!recorder.gaveUp().isEmpty()) {
                throw new ComponentStoppedException(outcome.unfinished(), recorder.gaveUp(), run);
            }
            if (!outcome.finished()) {
                throw new TimeLimitExceededException(outcome.unfinished(), run);
            }
            return run;
        } finally {
            recorder.end();
            tracked.cleanUp();
            stopLeftoverProcesses(processesBefore);
        }
    }

    /** What waiting gave: when every task was ready, whether the work was done, and if not, why. */
    private record Outcome(boolean finished, long readyNanos, Duration runTime, String unfinished) {}

    private Outcome awaitDone(RunRecorder recorder, TrackedTopology tracked, long start, FinishRule rule)
            throws InterruptedException {
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        long lastProgressNanos = start;
        long lastProgressAcked = 0;
        long readyNanos = 0;
        while (true) {
            long now = System.nanoTime();
            recorder.observe(now);
            if (readyNanos == 0 && recorder.allTasksReady()) {
                readyNanos = now;
            }
            FinishRule.Verdict verdict = rule.decide(snapshot(recorder, tracked, readyNanos, start, now, false), start,
                    now);
            long ready = readyNanos != 0 ? readyNanos : now;
            switch (verdict.outcome()) {
                case START_FAILED:
                    return new Outcome(false, ready, Duration.ZERO, startFailed(recorder.startFailures()));
                case GAVE_UP:
                    return new Outcome(false, ready, Duration.ofNanos(now - start), gaveUp(recorder.gaveUp()));
                case FINISHED:
                    return new Outcome(true, readyNanos, Duration.ofNanos(verdict.endNanos() - readyNanos), null);
                case TIME_LIMIT:
                    return new Outcome(false, ready, Duration.ofNanos(now - ready),
                            rule.notFinished(snapshot(recorder, tracked, readyNanos, start, now, true), now));
                default:
                    break;
            }
            if (now >= nextProgress) {
                long acked = recorder.treesAcked();
                double seconds = (now - lastProgressNanos) / 1e9;
                settings.progress().accept(progress(recorder, tracked, now - start,
                        seconds > 0 ? (acked - lastProgressAcked) / seconds : 0));
                lastProgressNanos = now;
                lastProgressAcked = acked;
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * What the run has seen by now, for the finish rule. Which trees are pending, since when, and which
     * components have not started go only into the text of a run that did not finish ({@code forText}):
     * counting them walks every pending tree, too much for every poll.
     */
    private FinishRule.Snapshot snapshot(RunRecorder recorder, TrackedTopology tracked, long readyNanos, long start,
            long now, boolean forText) {
        Optional<Boolean> untilHolds = readyNanos == 0 ? Optional.empty()
                : settings.until().map(until -> until.test(progress(recorder, tracked, now - start, 0)));
        return new FinishRule.Snapshot(readyNanos, !recorder.startFailures().isEmpty(), !recorder.gaveUp().isEmpty(),
                untilHolds, recorder.pendingTrees(), recorder.heldInWindows(), recorder.lastActivityNanos(), recorder.lastSpoutEmitNanos(),
                recorder.lastFailNanos(), forText ? recorder.oldestPendingNanos() : 0, recorder.treesAcked(),
                recorder.treesFailed(), forText ? recorder.pendingBySpout() : Map.of(),
                !forText || readyNanos != 0 ? List.of()
                        : List.copyOf(recorder.componentsNotStarted(tracked.runsByComponent().keySet())));
    }

    private static Progress progress(RunRecorder recorder, TrackedTopology tracked, long elapsedNanos,
            double treesPerSecond) {
        List<String> starting = recorder.tasksExpected() == 0 || recorder.allTasksReady() ? List.of()
                : List.copyOf(recorder.componentsNotStarted(tracked.runsByComponent().keySet()));
        return new Progress(Duration.ofNanos(elapsedNanos), recorder.tasksReady(), recorder.tasksExpected(),
                recorder.treesAcked(), treesPerSecond, recorder.pendingTrees(), recorder.treesFailed(), starting);
    }

    /** One paragraph per component that failed to start: its first failure, which names it all. */
    private String startFailed(List<ReportedError> failures) {
        Map<String, ReportedError> firstByComponent = new TreeMap<>();
        failures.forEach(f -> firstByComponent.putIfAbsent(f.component(), f));
        StringBuilder message = new StringBuilder(TestingMessage.COULD_NOT_START.format(name,
                String.join(", ", firstByComponent.keySet())));
        firstByComponent.values().forEach(f -> message.append(TestingMessage.START_FAILURE_OF.format(f.component(),
                f.runs(), f.message().strip())));
        return message.append(TestingMessage.STOPPED.format()).toString();
    }

    /** The report of the first component that gave up, which names it all. */
    private String gaveUp(List<ReportedError> failures) {
        ReportedError first = failures.get(0);
        return TestingMessage.GAVE_UP.format(name, first.component(), first.runs(), first.message().strip());
    }

    /**
     * Deactivate (spouts stop), drain (pending trees finish), kill, stop the cluster. storm-shellgen's
     * shell components end their subprocesses in order, without a word.
     */
    private void shutDown(LocalCluster cluster, RunRecorder recorder) throws Exception {
        // The worker learns of the deactivation a moment later; until then its spouts go on.
        cluster.deactivate(name);
        waitFor(recorder::spoutsInactive, DRAIN);
        // (Trees whose tuples wait in windows that fire only on more input would not finish.)
        waitFor(() -> recorder.pendingTrees() <= recorder.heldInWindows(), DRAIN);
        recorder.stopping();
        KillOptions now = new KillOptions();
        now.set_wait_secs(0);
        cluster.killTopologyWithOpts(name, now);
        waitFor(() -> recorder.tasksNotClosed() == 0, PROCESS_EXIT);
        cluster.close();
    }

    private static void closeQuietly(LocalCluster cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.warn(TestingMessage.CLUSTER_NOT_CLOSED.format(), e);
        }
    }

    private Duration effectiveQuietPeriod(TrackedTopology tracked) {
        Duration afterTicks = Duration.ofSeconds(tracked.longestTickSecs() + 1L);
        Duration quietPeriod = settings.quietPeriod();
        return tracked.longestTickSecs() > 0 && afterTicks.compareTo(quietPeriod) > 0 ? afterTicks : quietPeriod;
    }

    /** The pids of this JVM's descendant processes. */
    private static Set<Long> descendantProcesses() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /**
     * Any subprocess the run started that is still alive (Storm ends them on shutdown; a failed
     * start may not) is ended, by pid, and named in a warning.
     */
    private static void stopLeftoverProcesses(Set<Long> before) {
        OptionalLong reaper = Reaper.pid(); // shellgen-runtime's, which lives as long as this JVM
        List<ProcessHandle> leftover = ProcessHandle.current().descendants()
                .filter(p -> !before.contains(p.pid()))
                .filter(p -> reaper.isEmpty() || p.pid() != reaper.getAsLong())
                .toList();
        if (leftover.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + PROCESS_EXIT.toNanos();
        while (leftover.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            sleep(POLL_MILLIS);
        }
        for (ProcessHandle process : leftover) {
            if (process.isAlive()) {
                LOG.warn(TestingMessage.LEFTOVER_PROCESS.format(process.pid(), process.info().commandLine().orElse("?")));
                process.destroyForcibly();
            }
        }
        // A killed process is gone only once it has exited: the run returns after that, not before.
        for (ProcessHandle process : leftover) {
            try {
                process.onExit().get(PROCESS_EXIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn(TestingMessage.LEFTOVER_NOT_ENDED.format(process.pid(), PROCESS_EXIT.toSeconds()));
            }
        }
    }

    private static void waitFor(CheckedCondition condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (!condition.holds() && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debug("While waiting during shutdown", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }
}
