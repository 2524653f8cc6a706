package io.github.shellgen.runtime.process;

import io.github.shellgen.runtime.lifecycle.Lifecycle;
import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.wire.Handshake;
import io.github.shellgen.runtime.wire.JsonWire;
import io.github.shellgen.runtime.wire.MessageSizeGuard;
import io.github.shellgen.runtime.wire.Wire;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.storm.Config;
import org.apache.storm.multilang.ISerializer;
import org.apache.storm.multilang.JsonSerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.task.TopologyContext;
import org.slf4j.Logger;

/**
 * One run of a component's command: the process, the wire speaking the multilang protocol
 * with it, and what it writes to standard error. A component restarts its command by starting a
 * new one.
 */
public final class Subprocess implements Lifecycle.Process {

    /** How long a process that closed its output or was killed gets to report its exit status. */
    private static final long EXIT_WAIT_MILLIS = 2_000;

    public final int life;
    /** Set once the handshake is done. */
    private Wire wire;
    private final Process process;
    private final StderrTail stderr;
    private final File pidFile;
    private volatile String killedBecause;

    private Subprocess(int life, Process process, StderrTail stderr, File pidFile) {
        this.life = life;
        this.process = process;
        this.stderr = stderr;
        this.pidFile = pidFile;
    }

    /**
     * Starts the command and completes the handshake (the subprocess answers with its pid).
     *
     * @throws Lifecycle.StartFailure naming what went wrong, with the subprocess' last standard error lines
     */
    public static Subprocess start(int life, String[] command, File directory, Map<String, String> env,
            Map<String, Object> conf, TopologyContext context, long maxMessageBytes, Logger stderrLog,
            String stderrPrefix, StartObserver observer) throws Lifecycle.StartFailure {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory);
        Map<String, String> environment = builder.environment();
        env.forEach((name, value) -> environment.put(name,
                "PATH".equals(name) ? environment.get("PATH") + File.pathSeparatorChar + value : value));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StartFailure(RuntimeMessage.COULD_NOT_RUN.format(e.getMessage()), List.of(), null);
        }
        Reaper.watch(process.pid());
        StderrTail stderr = new StderrTail(process.getErrorStream(), stderrLog, stderrPrefix,
                "shellgen-stderr-" + context.getThisComponentId() + "-" + context.getThisTaskId() + "-" + life);
        Subprocess subprocess = new Subprocess(life, process, stderr,
                new File(context.getPIDDir(), Long.toString(process.pid())));
        Runnable cancel = observer.arm(subprocess);
        String stage = RuntimeMessage.NO_HANDSHAKE.format();
        try {
            Handshake.Connected connected = connect(conf, context, process, maxMessageBytes);
            subprocess.wire = connected.wire();
            observer.answered(subprocess, connected.loading());
            if (connected.loading()) {
                stage = RuntimeMessage.NOT_LOADED.format();
                awaitReady(subprocess, observer);
            }
            return subprocess;
        } catch (IOException | NoOutputException | RuntimeException e) {
            String cause = subprocess.failureCause(e);
            throw new StartFailure(RuntimeMessage.START_STAGE.format(stage, cause), subprocess.lastStderrLines(),
                    subprocess);
        } finally {
            cancel.run();
        }
    }

    /** Reads until the ready message, handing what the script sends while it loads to the observer. */
    private static void awaitReady(Subprocess subprocess, StartObserver observer)
            throws IOException, NoOutputException {
        while (true) {
            ShellMsg message = subprocess.wire.receive();
            if ("ready".equals(message.getCommand())) {
                return;
            }
            String broken = observer.whileLoading(message);
            if (broken != null) {
                subprocess.kill(broken);
            }
        }
    }

    /**
     * The handshake: storm-shellgen's own ({@link Handshake}), which falls back to Storm's JSON
     * protocol for any program but storm-shellgen's Python runtime; or, when the topology names a
     * multilang serializer of its own ({@value Config#TOPOLOGY_MULTILANG_SERIALIZER}), that one's.
     */
    private static Handshake.Connected connect(Map<String, Object> conf, TopologyContext context, Process process,
            long maxMessageBytes) throws IOException, NoOutputException {
        Object name = conf.get(Config.TOPOLOGY_MULTILANG_SERIALIZER);
        if (name == null || JsonSerializer.class.getName().equals(name)) {
            return Handshake.connect(conf, context.getPIDDir(), context, process.getOutputStream(),
                    process.getInputStream(), maxMessageBytes);
        }
        ISerializer serializer;
        try {
            serializer = (ISerializer) Class.forName(name.toString()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(RuntimeMessage.NO_SERIALIZER.format(name,
                    Config.TOPOLOGY_MULTILANG_SERIALIZER, e), e);
        }
        JsonWire wire = JsonWire.over(serializer, process.getOutputStream(), process.getInputStream(),
                maxMessageBytes);
        serializer.connect(conf, context);
        return new Handshake.Connected(process.pid(), wire, false);
    }

    /** The wire to the process, once the handshake is done. */
    public Wire wire() {
        return wire;
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the process at once, recording why (the first reason given is kept). */
    public void kill(String reason) {
        if (reason != null && killedBecause == null) {
            killedBecause = reason;
        }
        process.destroyForcibly();
    }

    /**
     * Why this subprocess can no longer be talked to, given what reading from or writing to it
     * threw: the reason it was killed for, else its exit status, else the protocol failure (after
     * which it is killed).
     */
    public String failureCause(Throwable error) {
        if (killedBecause != null) {
            kill(null);
            awaitExit(); // so that forget() finds it gone and drops its pid
            return killedBecause;
        }
        boolean pipeClosed = error instanceof NoOutputException || error instanceof IOException
                && !(error instanceof MessageSizeGuard.TooLargeException);
        if (pipeClosed && awaitExit()) {
            return killedBecause != null ? killedBecause : exitDescription(process.exitValue());
        }
        String cause = killedBecause != null ? killedBecause
                : error instanceof MessageSizeGuard.TooLargeException ? error.getMessage()
                : pipeClosed ? RuntimeMessage.KEPT_RUNNING.format()
                : RuntimeMessage.NOT_A_MESSAGE.format(oneLine(error));
        kill(cause);
        awaitExit();
        return killedBecause;
    }

    private boolean awaitExit() {
        try {
            return process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last lines the process wrote to standard error, once it has closed it (or after a wait). */
    public List<String> lastStderrLines() {
        return stderr.lastLines(process.isAlive() ? 200 : 1_000);
    }

    /**
     * Ends the process in order: closes its input (a multilang script ends when it reads the end),
     * then asks it to stop, then kills it; forgets its pid.
     */
    @Override
    public void stop() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: it has gone.
        }
        try {
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        forget();
    }

    /** After the process has gone: its pid is no longer this worker's to kill. */
    public void forget() {
        if (!process.isAlive()) {
            Reaper.forget(process.pid());
            pidFile.delete();
        }
    }

    public static String exitDescription(int status) {
        if (status > 128 && status < 128 + 32) {
            int signal = status - 128;
            return RuntimeMessage.KILLED_BY_SIGNAL.format(signal, signalName(signal), status);
        }
        return RuntimeMessage.EXITED.format(status);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 1 -> " (SIGHUP)";
            case 2 -> " (SIGINT)";
            case 6 -> " (SIGABRT)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV)";
            case 15 -> " (SIGTERM)";
            default -> "";
        };
    }

    public static String oneLine(Throwable error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The subprocess did not start, or did not complete the handshake. */
    private static final class StartFailure extends Lifecycle.StartFailure {
        private static final long serialVersionUID = 1L;
        private final transient Subprocess subprocess;

        StartFailure(String cause, List<String> stderr, Subprocess subprocess) {
            super(cause, stderr);
            this.subprocess = subprocess;
        }

        @Override
        public void forget() {
            if (subprocess != null) {
                subprocess.forget();
            }
        }
    }

    /** What the component does while a subprocess starts. */
    public interface StartObserver {
        /** Arms the startup limit for this subprocess; the returned action disarms it. */
        Runnable arm(Subprocess subprocess);

        /** The handshake is answered; with {@code loading}, the start goes on until the ready message. */
        void answered(Subprocess subprocess, boolean loading);

        /** A message the script sent while loading (a log line, say); returns how it broke the protocol, if it did. */
        String whileLoading(ShellMsg message);
    }
}
