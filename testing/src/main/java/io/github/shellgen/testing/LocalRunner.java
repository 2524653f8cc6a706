package io.github.shellgen.testing;

import io.github.shellgen.runtime.process.Reaper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final String name;
    private final StormTopology topology;
    private final Map<String, Object> conf;
    private final List<TrackedTopology.Input> inputs;
    private final Duration quietPeriod;
    private final Duration timeLimit;
    private final CapturePolicy capture;
    private final Consumer<Progress> progress;
    private final Optional<Predicate<Progress>> until;
    private final Optional<Path> resources;
    private final Runnable beforeSubmit;
    private final Runnable beforeShutdown;

    LocalRunner(String name, StormTopology topology, Map<String, Object> conf, List<TrackedTopology.Input> inputs,
            Duration quietPeriod, Duration timeLimit, CapturePolicy capture, Consumer<Progress> progress,
            Optional<Predicate<Progress>> until, Optional<Path> resources, Runnable beforeSubmit,
            Runnable beforeShutdown) {
        this.name = name;
        this.topology = topology;
        this.conf = conf;
        this.inputs = inputs;
        this.quietPeriod = quietPeriod;
        this.timeLimit = timeLimit;
        this.capture = capture;
        this.progress = progress;
        this.until = until;
        this.resources = resources;
        this.beforeSubmit = beforeSubmit;
        this.beforeShutdown = beforeShutdown;
    }

    TopologyRun run() throws Exception {
        // Storm's local folders go to java.io.tmpdir, which a build may point at a folder not made yet.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        String runId = Utils.uuid();
        RunRecorder recorder = RunRecorder.start(runId, capture);
        TrackedTopology tracked;
        try {
            tracked = new TrackedTopology(runId, topology, conf, inputs);
        } catch (RuntimeException e) {
            recorder.end();
            throw e;
        }
        Duration quiet = effectiveQuietPeriod(tracked);
        Set<Long> processesBefore = descendantProcesses();
        Optional<Path> location = resources.or(tracked::resources);
        long start = System.nanoTime();
        try (AutoCloseable resourcesLocation = location.map(ResourcesLocation::use).orElse(() -> {});
                LoopbackZooKeeper zooKeeper = LoopbackZooKeeper.start()) {
            LocalCluster cluster = new LocalCluster.Builder().withDaemonConf(zooKeeper.daemonConf(DAEMON_CONF)).build();
            Outcome outcome;
            long submitted;
            try {
                beforeSubmit.run();
                submitted = System.nanoTime();
                cluster.submitTopology(name, conf, tracked.topology());
                outcome = awaitDone(recorder, tracked, start, quiet);
                beforeShutdown.run();
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

    private Outcome awaitDone(RunRecorder recorder, TrackedTopology tracked, long start, Duration quiet)
            throws InterruptedException {
        long deadline = start + timeLimit.toNanos();
        long readyNanos = 0;
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        long lastProgressNanos = start;
        long lastProgressAcked = 0;
        while (true) {
            long now = System.nanoTime();
            recorder.observe(now);
            if (readyNanos == 0 && recorder.allTasksReady()) {
                readyNanos = now;
            }
            if (!recorder.startFailures().isEmpty()) {
                long ready = readyNanos != 0 ? readyNanos : now;
                return new Outcome(false, ready, Duration.ZERO, startFailed(recorder.startFailures()));
            }
            if (!recorder.gaveUp().isEmpty()) {
                return new Outcome(false, readyNanos != 0 ? readyNanos : now, Duration.ofNanos(now - start),
                        gaveUp(recorder.gaveUp()));
            }
            if (readyNanos != 0 && until.isPresent()
                    && until.get().test(progress(recorder, tracked, now - start, 0))) {
                return new Outcome(true, readyNanos, Duration.ofNanos(now - readyNanos), null);
            }
            if (readyNanos != 0 && until.isEmpty() && recorder.pendingTrees() == 0
                    && now - Math.max(recorder.lastActivityNanos(), readyNanos) >= quiet.toNanos()) {
                long lastWork = Math.max(recorder.lastActivityNanos(), readyNanos);
                return new Outcome(true, readyNanos, Duration.ofNanos(lastWork - readyNanos), null);
            }
            if (now >= deadline) {
                long ready = readyNanos != 0 ? readyNanos : now;
                return new Outcome(false, ready, Duration.ofNanos(now - ready),
                        unfinished(recorder, tracked, readyNanos, quiet));
            }
            if (now >= nextProgress) {
                long acked = recorder.treesAcked();
                double seconds = (now - lastProgressNanos) / 1e9;
                progress.accept(progress(recorder, tracked, now - start, seconds > 0 ? (acked - lastProgressAcked) / seconds : 0));
                lastProgressNanos = now;
                lastProgressAcked = acked;
                nextProgress = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static Progress progress(RunRecorder recorder, TrackedTopology tracked, long elapsedNanos,
            double treesPerSecond) {
        List<String> starting = recorder.tasksExpected() == 0 || recorder.allTasksReady() ? List.of()
                : List.copyOf(recorder.componentsNotStarted(tracked.runsByComponent().keySet()));
        return new Progress(Duration.ofNanos(elapsedNanos), recorder.tasksReady(), recorder.tasksExpected(),
                recorder.treesAcked(), treesPerSecond, recorder.pendingTrees(), recorder.treesFailed(), starting);
    }

    /** Says what kept a run from finishing, and how to give it more time. */
    private String unfinished(RunRecorder recorder, TrackedTopology tracked, long readyNanos, Duration quiet) {
        long now = System.nanoTime();
        String head = String.format(Locale.ROOT, "Topology \"%s\" did not finish within its time limit of %d s: ",
                name, timeLimit.toSeconds());
        String tail = " The topology was stopped. Give it more time (LocalTopology.timeLimit, or -Dshellgen.timeLimit="
                + "SECONDS with shellgen:run) if it was only slow.";
        if (readyNanos == 0) {
            return head + "these components had not started yet: " + String.join(", ",
                    recorder.componentsNotStarted(tracked.runsByComponent().keySet())) + ". A subprocess still loading"
                    + " its script or in initialize() (which its startup limit, shellgen.subprocess.startup.timeout.secs,"
                    + " bounds), or one that never answers Storm's handshake (a script that blocks before it calls run(),"
                    + " or reads standard input), holds its component there." + tail;
        }
        int pending = recorder.pendingTrees();
        if (until.isPresent()) {
            return head + String.format(Locale.ROOT, "its end condition (LocalTopology.until) did not hold, with %d"
                    + " tuple trees acked, %d pending and %d failed.", recorder.treesAcked(), pending,
                    recorder.treesFailed()) + tail;
        }
        // Every reason that holds is named: under load several do at once, and which one came first is timing.
        List<String> reasons = new ArrayList<>();
        long lastEmit = recorder.lastSpoutEmitNanos();
        long lastFail = recorder.lastFailNanos();
        if (lastFail != 0 && now - lastFail < quiet.toNanos()) {
            reasons.add(String.format(Locale.ROOT,
                    "tuple trees kept failing and being replayed (%d failures, the last %.1f s before; %d acked): a"
                            + " bolt fails them, or they time out. See the errors reported.",
                    recorder.treesFailed(), (now - lastFail) / 1e9, recorder.treesAcked()));
        }
        if (lastEmit != 0 && now - lastEmit < quiet.toNanos()) {
            reasons.add(String.format(Locale.ROOT,
                    "the spouts were still emitting (the last tuple %.1f s before): its input does not end. Give it"
                            + " fixed input (LocalTopology.withInput) or a spout that stops emitting when its input is"
                            + " used up.",
                    (now - lastEmit) / 1e9));
        }
        // Trees in flight behind a spout that emits are no reason of their own; trees held past the quiet period are.
        long oldestPending = pending > 0 ? now - recorder.oldestPendingNanos() : 0;
        if (pending > 0 && (reasons.isEmpty() || oldestPending >= quiet.toNanos())) {
            reasons.add(String.format(Locale.ROOT,
                    "%d tuple trees were still pending (%s), the oldest emitted %.1f s before. A bolt that neither acks"
                            + " nor fails its input, or a subprocess that stopped answering, holds them.",
                    pending, describe(recorder.pendingBySpout()), oldestPending / 1e9));
        }
        if (reasons.isEmpty()) {
            reasons.add(String.format(Locale.ROOT,
                    "every tuple tree was done, but the topology never stayed quiet for %d s: a bolt kept emitting,"
                            + " acking or failing tuples (tick tuples do not count).", quiet.toSeconds()));
        }
        if (reasons.size() == 1) {
            return head + reasons.get(0) + tail;
        }
        StringBuilder all = new StringBuilder(head).append(reasons.size()).append(" things held when it was stopped:");
        for (int i = 0; i < reasons.size(); i++) {
            all.append(String.format(Locale.ROOT, " (%d) %s", i + 1, reasons.get(i)));
        }
        return all.append(tail).toString();
    }

    /** One paragraph per component that failed to start: its first failure, which names it all. */
    private String startFailed(List<ReportedError> failures) {
        Map<String, ReportedError> firstByComponent = new TreeMap<>();
        failures.forEach(f -> firstByComponent.putIfAbsent(f.component(), f));
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "Topology \"%s\" could not start: %s failed to start.", name,
                String.join(", ", firstByComponent.keySet())));
        firstByComponent.values().forEach(f -> message.append(String.format(Locale.ROOT, "%n%n%s (%s): %s",
                f.component(), f.runs(), f.message().strip())));
        return message.append(String.format(Locale.ROOT, "%n%nThe topology was stopped.")).toString();
    }

    /** The report of the first component that gave up, which names it all. */
    private String gaveUp(List<ReportedError> failures) {
        ReportedError first = failures.get(0);
        return String.format(Locale.ROOT, "Topology \"%s\" stopped: %s (%s) gave up on its subprocess, which on a"
                + " cluster stops its worker.%n%n%s%n%nThe topology was stopped.", name, first.component(), first.runs(),
                first.message().strip());
    }

    private static String describe(Map<String, Long> pendingBySpout) {
        return pendingBySpout.entrySet().stream()
                .map(e -> "spout " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * Deactivate (spouts stop), drain (pending trees finish), kill, stop the cluster. storm-shellgen's
     * shell components end their subprocesses in order, without a word.
     */
    private void shutDown(LocalCluster cluster, RunRecorder recorder) throws Exception {
        // The worker learns of the deactivation a moment later; until then its spouts go on.
        cluster.deactivate(name);
        waitFor(recorder::spoutsInactive, DRAIN);
        waitFor(() -> recorder.pendingTrees() == 0, DRAIN);
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
            LOG.warn("Closing the local cluster failed", e);
        }
    }

    private Duration effectiveQuietPeriod(TrackedTopology tracked) {
        Duration afterTicks = Duration.ofSeconds(tracked.longestTickSecs() + 1L);
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
                LOG.warn("storm-shellgen testing: subprocess {} ({}) outlived the topology; ending it", process.pid(),
                        process.info().commandLine().orElse("?"));
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
                LOG.warn("storm-shellgen testing: subprocess {} did not end within {} s of SIGKILL", process.pid(),
                        PROCESS_EXIT.toSeconds());
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
