package io.github.shellgen.runtime;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
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
 * start, each start, the heartbeat timer, the restart budget, and the one report per failure.
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
    final RestartBudget budget;
    private final Class<?> owner;
    private final Logger log;
    private final String[] command;
    private final File directory;
    private final Map<String, String> env;
    private final long maxMessageBytes;
    /** The startup limit; 0 for none. */
    private final long startupMillis;
    /** A subprocess still starting (loading its script, say), which stopping the component kills. */
    private volatile Subprocess starting;
    private final ScheduledExecutorService timer;
    private ShellLogHandler logHandler;
    private int lives;
    private final Map<String, long[]> repeats = new HashMap<>();

    private Supervision(Class<?> owner, String kind, String name, ShellCommand shell, Map<String, Object> conf,
            TopologyContext context) {
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
        this.directory = shell.directory(codeDir);
        this.streams = new DeclaredStreams(context);
        this.env = new HashMap<>(shell.env());
        env.put(RuntimeConfig.STREAMS_ENV, streams.json());
        this.budget = new RestartBudget(RuntimeConfig.restartsPerMinute(conf, prefixed));
        this.maxMessageBytes = RuntimeConfig.maxMessageBytes(conf, prefixed);
        this.startupMillis = RuntimeConfig.startupTimeoutMillis(conf, prefixed);
        Object timeout = conf.containsKey(Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS)
                ? conf.get(Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS)
                : conf.get(Config.SUPERVISOR_WORKER_TIMEOUT_SECS);
        this.timeoutMillis = 1000L * ObjectReader.getInt(timeout, 30);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shellgen-heartbeat-" + context.getThisComponentId() + "-"
                    + context.getThisTaskId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Checks that the component can start (its files, its program, its settings), throwing with the
     * fix if not.
     *
     * @param kind "bolt" or "spout"
     */
    static Supervision prepare(Class<?> owner, String kind, Object component, ShellCommand shell,
            Map<String, Object> topoConf, TopologyContext context) {
        String name = kind + " \"" + context.getThisComponentId() + "\" (" + component.getClass().getSimpleName()
                + ", task " + context.getThisTaskId() + ")";
        return new Supervision(owner, kind, name, shell, shell.configuration(topoConf), context);
    }

    /** The first start: a failure here is the component's start failure, thrown. */
    Subprocess startFirst(IErrorReporter reporter) {
        try {
            return start(reporter);
        } catch (Subprocess.StartFailure failure) {
            failure.forget();
            throw new IllegalStateException(prefixed + " failed to start `" + String.join(" ", command)
                    + "` in " + directory + ": it " + failure.getMessage() + stderrSection(failure.stderr));
        }
    }

    /**
     * Starts the command again (or for the first time) and waits until it serves: the handshake, and
     * for storm-shellgen's runtime the script's loading, within the startup limit.
     */
    Subprocess start(IErrorReporter reporter) throws Subprocess.StartFailure {
        int life = ++lives;
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
                        log.info("storm-shellgen: {} {} its subprocess: pid {}, `{}` in {}{}.", name,
                                life > 1 ? "restarted" : "started", started.pid(), String.join(" ", command), directory,
                                loading ? "; it is loading its script" : "");
                    }

                    @Override
                    public String whileLoading(ShellMsg message) {
                        return handleCommon(message, reporter);
                    }
                });
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - launched);
        if (seconds >= SLOW_START_SECS) {
            log.info("storm-shellgen: {} is serving, {} s after its subprocess (pid {}) was started.", name, seconds,
                    subprocess.pid());
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
        ScheduledFuture<?> kill = timer.schedule(() -> subprocess.kill("did not finish starting within "
                        + startupMillis / 1000 + " s (" + RuntimeConfig.STARTUP_TIMEOUT_SECS + "; raise it with"
                        + " startupTimeoutSecs on the component, or 0 to wait as long as it takes)"),
                startupMillis, TimeUnit.MILLISECONDS);
        return () -> kill.cancel(false);
    }

    /** Runs the check every second until {@link #stop()}. */
    void everySecond(Runnable check) {
        timer.scheduleAtFixedRate(check, 1, 1, TimeUnit.SECONDS);
    }

    String silentFor() {
        return "sent nothing for " + timeoutMillis / 1000 + " s, not even an answer to a heartbeat ("
                + Config.TOPOLOGY_SUBPROCESS_TIMEOUT_SECS + "), and was killed";
    }

    /**
     * The report of one failure: which component, which command, which process, what happened,
     * its last standard error lines, what it cost, what happens next.
     */
    String failureReport(Subprocess subprocess, String cause, String cost, RestartBudget.Decision next) {
        List<String> stderr = subprocess.lastStderrLines();
        subprocess.forget();
        return prefixed + ": its subprocess (pid " + subprocess.pid() + ", `" + String.join(" ", command)
                + "`) " + cause + ". " + cost + " " + next.describe() + stderrSection(stderr);
    }

    String startFailureReport(Subprocess.StartFailure failure, RestartBudget.Decision next) {
        failure.forget();
        return prefixed + ": restarting `" + String.join(" ", command) + "` failed: it "
                + failure.getMessage() + ". " + next.describe() + stderrSection(failure.stderr);
    }

    private static String stderrSection(List<String> stderr) {
        if (stderr.isEmpty()) {
            return "\nIt wrote nothing to standard error.";
        }
        return "\nIts last lines on standard error:\n    " + String.join("\n    ", stderr);
    }

    /**
     * Handles a message a spout and a bolt treat alike: a log line, a reported error, a metrics
     * update. Returns how the message broke the protocol, if it did (no command, an unknown one).
     */
    String handleCommon(ShellMsg message, IErrorReporter reporter) {
        String command = message.getCommand();
        if (command == null) {
            return "broke the multilang protocol: sent a message without a command (" + message + ")";
        }
        switch (command) {
            case "log" -> logHandler.log(message);
            case "error" -> reporter.reportError(new ScriptReport("Shell Process Exception: " + message.getMsg()));
            case "metrics" -> {
                String problem = Metrics.update(context, message);
                if (problem != null) {
                    reportMistake("metric " + message.getMetricName(), problem, reporter);
                }
            }
            default -> {
                return "broke the multilang protocol: sent the unknown command \"" + command + "\"";
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
    ComponentGaveUpException giveUp(String report, String when, IErrorReporter reporter) {
        String message = report + "\nThe " + kind + " stops its worker" + when + ", as Storm's Shell"
                + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " does at the first failure; on a"
                + " cluster the supervisor then starts the worker again.";
        report(message, reporter);
        return new ComponentGaveUpException(message);
    }

    /** Reports a failure to Storm, which logs it once and shows it in the UI. */
    void report(String message, IErrorReporter reporter) {
        reporter.reportError(new SubprocessFailedException(message));
    }

    /**
     * Reports a mistake of the script, at most once per kind every 30 seconds, saying how many
     * like it were not reported since: a mistake made on every tuple must not flood the log.
     */
    void reportMistake(String kind, String message, IErrorReporter reporter) {
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
                message += " (" + unreported + " more like this in the last " + REPEAT_REPORT_MILLIS / 1000
                        + " s were not reported)";
            }
        }
        reporter.reportError(new ScriptReport(prefixed + " (`" + String.join(" ", command) + "`) "
                + message));
    }

    /** Pauses before a restart; false if interrupted (the component is stopping). */
    static boolean pause(long millis) {
        if (millis <= 0) {
            return true;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        timer.shutdownNow();
        Subprocess loading = starting;
        if (loading != null) {
            loading.kill("was stopped with its component while it was starting");
        }
    }
}
