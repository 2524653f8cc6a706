package io.github.shellgen.runtime;

import io.github.shellgen.runtime.lifecycle.Lifecycle;
import io.github.shellgen.runtime.lifecycle.RestartBudget;
import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.storm.Config;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.task.IErrorReporter;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.utils.ObjectReader;
import org.apache.storm.utils.ShellLogHandler;
import org.apache.storm.utils.ShellProcess;
import org.apache.storm.utils.ShellUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a spout and a bolt share in looking after their subprocess: the checks before the first
 * start, each start, the heartbeat timer, the reports, and the {@link Lifecycle} that decides what
 * a failure leads to (the component says what the failure cost, through its {@link Owner}).
 */
final class Supervision {

    /** At most one report of a kind of script mistake per this interval; the others are counted. */
    private static final long REPEAT_REPORT_MILLIS = 30_000;
    /** A start this slow is logged when it ends, so that the log explains the wait. */
    private static final long SLOW_START_SECS = 5;

    final String name;
    /** The component as every report names it: "storm-shellgen: " and {@link #name}. */
    final String prefixed;
    /** "bolt" or "spout". */
    private final String kind;
    final ShellCommand shell;
    final Map<String, Object> conf;
    final TopologyContext context;
    final DeclaredStreams streams;
    final long timeoutMillis;
    final Lifecycle<Subprocess> lifecycle;
    private final Class<?> owner;
    private final Logger log;
    private final String[] command;
    /** {@link #command} as reports show it. */
    private final String commandLine;
    private final File directory;
    private final Map<String, String> env;
    private final long maxMessageBytes;
    /** The startup limit; 0 for none. */
    private final long startupMillis;
    /** This task's process runs under a debugger: no heartbeat or startup limit. */
    final Optional<Debugging> debugging;
    /** A subprocess still starting (loading its script, say), which stopping the component kills. */
    private volatile Subprocess starting;
    private final ScheduledExecutorService timer;
    /** Runs restarts, once their pause is over: a start may take minutes, which the timer must not wait for. */
    private final ScheduledExecutorService restarts;
    private final IErrorReporter reporter;
    private ShellLogHandler logHandler;
    private final Map<String, long[]> repeats = new HashMap<>();

    /** What the component does when its subprocess fails, is restarted, or it gives up. */
    interface Owner {
        /** Releases what the failed subprocess held; returns what that cost, for the report. */
        String release(Subprocess failed);

        /** A restarted subprocess serves from now on (called before any thread sees it). */
        default void restarted(Subprocess subprocess) {}

        /** The component gave up: releases what arrived since the failure. */
        default void gaveUp() {}
    }

    private Supervision(Class<?> owner, String kind, String name, ShellCommand shell, Map<String, Object> conf,
            TopologyContext context, IErrorReporter reporter, Owner component) {
        this.owner = owner;
        this.log = LoggerFactory.getLogger(owner);
        this.kind = kind;
        this.name = name;
        this.shell = shell;
        this.conf = conf;
        this.context = context;
        String codeDir = context.getCodeDir();
        this.prefixed = "storm-shellgen: " + name;
        shell.checkCanStart(prefixed, codeDir);
        this.command = shell.resolve(codeDir);
        this.commandLine = String.join(" ", command);
        this.directory = shell.directory(codeDir);
        this.streams = new DeclaredStreams(context);
        this.env = new HashMap<>(shell.env());
        env.put(RuntimeConfig.STREAMS_ENV, streams.json());
        RuntimeConfig.blobPackages(conf).ifPresent(folder -> env.put(RuntimeConfig.BLOB_PACKAGES_ENV, folder));
        this.reporter = reporter;
        this.maxMessageBytes = RuntimeConfig.maxMessageBytes(conf, prefixed);
        this.debugging = Debugging.of(conf, context);
        debugging.ifPresent(debug -> {
            if (!shell.runsShellgenLauncher()) {
                throw new IllegalArgumentException(RuntimeMessage.DEBUG_NEEDS_LAUNCHER.format(prefixed,
                        Debugging.COMPONENT, commandLine));
            }
            debug.addTo(env);
        });
        this.startupMillis = debugging.isPresent() ? 0 : RuntimeConfig.startupTimeoutMillis(conf, prefixed);
        Object timeout = conf.containsKey(Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS)
                ? conf.get(Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS)
                : conf.get(Config.SUPERVISOR_WORKER_TIMEOUT_SECS);
        this.timeoutMillis = debugging.isPresent() ? Long.MAX_VALUE / 2 : 1000L * ObjectReader.getInt(timeout, 30);
        this.timer = daemonThread("shellgen-heartbeat-");
        this.restarts = daemonThread("shellgen-restart-");
        this.lifecycle = new Lifecycle<>(this::start, events(component),
                new RestartBudget(RuntimeConfig.restartsPerMinute(conf, prefixed)),
                this::scheduleRestart,
                System::currentTimeMillis);
    }

    /** Runs a restart after its pause; nothing once the component has stopped. */
    private void scheduleRestart(Runnable restart, long delayMillis) {
        Restarts.PENDING.incrementAndGet();
        try {
            restarts.schedule(() -> {
                try {
                    restart.run();
                } finally {
                    Restarts.PENDING.decrementAndGet();
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Stopped meanwhile: the lifecycle would not restart it anyway.
            Restarts.PENDING.decrementAndGet();
        }
    }

    private ScheduledExecutorService daemonThread(String prefix) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, prefix + context.getThisComponentId() + "-" + context.getThisTaskId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The lifecycle's events: the reports are this class's, what a failure cost the component's. */
    private Lifecycle.Events<Subprocess> events(Owner component) {
        return new Lifecycle.Events<>() {
            @Override
            public String failed(Subprocess subprocess, String cause, RestartBudget.Decision next) {
                return failureReport(subprocess, cause, component.release(subprocess), next);
            }

            @Override
            public String startFailed(Lifecycle.StartFailure failure, RestartBudget.Decision next) {
                return startFailureReport(failure, next);
            }

            @Override
            public void report(String report) {
                Supervision.this.report(report);
            }

            @Override
            public RuntimeException giveUp(String report) {
                ComponentGaveUpException thrown = Supervision.this.giveUp(report);
                component.gaveUp();
                return thrown;
            }

            @Override
            public void restarted(Subprocess subprocess) {
                component.restarted(subprocess);
            }
        };
    }

    /**
     * Checks that the component can start (its files, its program, its settings), throwing with the
     * fix if not.
     *
     * @param kind "bolt" or "spout"
     */
    static Supervision prepare(Class<?> owner, String kind, SupervisedShellComponent component,
            Map<String, Object> topoConf, TopologyContext context, IErrorReporter reporter, Owner events) {
        String name = kind + " \"" + context.getThisComponentId() + "\" (" + component.getClass().getSimpleName()
                + ", task " + context.getThisTaskId() + ")";
        ShellCommand shell = component.shellCommand();
        Supervision supervision = new Supervision(owner, kind, name, shell, shell.configuration(topoConf), context,
                reporter, events);
        component.registerMetrics(context); // before the subprocess starts
        return supervision;
    }

    /** The first start: a failure here is the component's start failure, thrown. */
    Subprocess startFirst() {
        try {
            return lifecycle.startFirst();
        } catch (Lifecycle.StartFailure failure) {
            failure.forget();
            throw new IllegalStateException(RuntimeMessage.START_FAILED.format(prefixed, commandLine,
                    directory, failure.getMessage(), stderrSection(failure.stderr())));
        }
    }

    /**
     * Starts the command again (or for the first time) and waits until it serves: the handshake, and
     * for storm-shellgen's runtime the script's loading, within the startup limit.
     */
    private Subprocess start(int life) throws Lifecycle.StartFailure {
        long launched = System.nanoTime();
        Subprocess subprocess = Subprocess.start(life, command, directory, env, conf, context, maxMessageBytes,
                log, "ShellLog " + context.getThisComponentId() + " (standard error):", new Subprocess.StartObserver() {
                    @Override
                    public Runnable arm(Subprocess started) {
                        starting = started;
                        Runnable disarm = killIfNotStarted(started);
                        return () -> {
                            disarm.run();
                            starting = null;
                        };
                    }

                    @Override
                    public void answered(Subprocess started, boolean loading) {
                        useLogHandler(started);
                        // One line per start, which operators grep for (Storm's ShellProcess logs one too).
                        log.info(RuntimeMessage.LOG_STARTED.format(name, life > 1 ? "restarted" : "started",
                                started.pid(), commandLine, directory,
                                loading ? RuntimeMessage.LOG_LOADING.format() : ""));
                        debugging.ifPresent(debug -> log.warn(RuntimeMessage.LOG_DEBUGGING.format(name,
                                started.pid(), debug.debugger(), debug.address())));
                    }

                    @Override
                    public String whileLoading(ShellMsg message) {
                        return handleCommon(message);
                    }
                });
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - launched);
        if (seconds >= SLOW_START_SECS) {
            log.info(RuntimeMessage.LOG_SERVING_AFTER.format(name, seconds, subprocess.pid()));
        }
        return subprocess;
    }

    /** Storm's log handler names the process by a ShellProcess; this one stands for the subprocess. */
    private void useLogHandler(Subprocess subprocess) {
        ShellProcess described = new ShellProcess(command);
        described.pid = subprocess.pid();
        described.componentName = context.getThisComponentId();
        ShellLogHandler handler = ShellUtils.getLogHandler(conf);
        handler.setUpContext(owner, described, context);
        logHandler = handler;
    }

    private Runnable killIfNotStarted(Subprocess subprocess) {
        if (startupMillis == 0) {
            return () -> {};
        }
        ScheduledFuture<?> kill = timer.schedule(
                () -> subprocess.kill(RuntimeMessage.STARTUP_LIMIT.format(startupMillis / 1000)),
                startupMillis, TimeUnit.MILLISECONDS);
        return () -> kill.cancel(false);
    }

    /** Runs the check every second until {@link #stop()}. */
    void everySecond(Runnable check) {
        timer.scheduleAtFixedRate(check, 1, 1, TimeUnit.SECONDS);
    }

    String silentFor() {
        return RuntimeMessage.SILENT.format(timeoutMillis / 1000);
    }

    /**
     * The report of one failure: which component, which command, which process, what happened,
     * its last standard error lines, what it cost, what happens next.
     */
    String failureReport(Subprocess subprocess, String cause, String cost, RestartBudget.Decision next) {
        List<String> stderr = subprocess.lastStderrLines();
        subprocess.forget();
        return RuntimeMessage.FAILURE.format(prefixed, subprocess.pid(), commandLine, cause, cost,
                next.describe(), stderrSection(stderr));
    }

    String startFailureReport(Lifecycle.StartFailure failure, RestartBudget.Decision next) {
        failure.forget();
        return RuntimeMessage.RESTART_FAILED.format(prefixed, commandLine, failure.getMessage(),
                next.describe(), stderrSection(failure.stderr()));
    }

    private static String stderrSection(List<String> stderr) {
        if (stderr.isEmpty()) {
            return RuntimeMessage.NO_STDERR.format();
        }
        return RuntimeMessage.STDERR_LINES.format(String.join("\n    ", stderr));
    }

    /**
     * Handles a message a spout and a bolt treat alike: a log line, a reported error, a metrics
     * update. Returns how the message broke the protocol, if it did (no command, an unknown one).
     */
    String handleCommon(ShellMsg message) {
        String command = message.getCommand();
        if (command == null) {
            return RuntimeMessage.NO_COMMAND.format(message);
        }
        switch (command) {
            case "log" -> logHandler.log(message);
            case "error" -> reporter.reportError(new ScriptReport(RuntimeMessage.SCRIPT_ERROR.format(message.getMsg())));
            case "metrics" -> {
                String problem = Metrics.update(context, message);
                if (problem != null) {
                    reportMistake("metric " + message.getMetricName(), problem);
                }
            }
            default -> {
                return RuntimeMessage.UNKNOWN_COMMAND.format(command);
            }
        }
        return null;
    }

    /**
     * The component gives up on its subprocess: reports why, and returns what it throws from then
     * on (which stops its worker, as Storm's shell components do at the first failure).
     *
     * @param when when the throw comes: for a bolt, at its next tuple
     */
    private ComponentGaveUpException giveUp(String report) {
        // A bolt throws at its next tuple's execute; a spout at its next call, which comes at once.
        String when = "bolt".equals(kind) ? RuntimeMessage.BOLT_THROWS_WHEN.format() : "";
        String message = RuntimeMessage.GAVE_UP.format(report, kind, when,
                Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
        report(message);
        return new ComponentGaveUpException(message);
    }

    /** Reports a failure to Storm, which logs it once and shows it in the UI. */
    private void report(String message) {
        reporter.reportError(new SubprocessFailedException(message));
    }

    /**
     * Reports a mistake of the script, at most once per kind every 30 seconds, saying how many
     * like it were not reported since: a mistake made on every tuple must not flood the log.
     */
    void reportMistake(String kind, String message) {
        long now = System.currentTimeMillis();
        long[] seen;
        synchronized (repeats) {
            seen = repeats.computeIfAbsent(kind, k -> new long[] {Long.MIN_VALUE / 2, 0});
            if (now - seen[0] < REPEAT_REPORT_MILLIS) {
                seen[1]++;
                return;
            }
            long unreported = seen[1];
            seen[0] = now;
            seen[1] = 0;
            if (unreported > 0) {
                message += RuntimeMessage.UNREPORTED.format(unreported, REPEAT_REPORT_MILLIS / 1000);
            }
        }
        reporter.reportError(new ScriptReport(RuntimeMessage.MISTAKE.format(prefixed, commandLine,
                message)));
    }

    /** The component shuts down: no restart from now on; its subprocess is stopped, or killed if still starting. */
    void stop() {
        lifecycle.stop();
        timer.shutdownNow();
        // Restarts still waiting for their pause will not run.
        Restarts.PENDING.addAndGet(-restarts.shutdownNow().size());
        Subprocess loading = starting;
        if (loading != null) {
            loading.kill(RuntimeMessage.STOPPED_WHILE_STARTING.format());
        }
    }
}
