package io.github.shellgen.runtime.process;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends every subprocess of this JVM when the JVM dies, however it dies ({@code kill -9} included):
 * one small {@code sh} process per worker reads the pids of the live subprocesses from a pipe, and
 * when the pipe closes (the kernel closes it when the JVM is gone) kills those still listed. The
 * subprocesses cannot do it themselves: one busy in a long computation never reads its input, so
 * never sees that Storm has gone.
 *
 * <p>Started on the first subprocess; where there is no {@code /bin/sh} (Windows) it is not, with a
 * warning.
 */
public final class Reaper {

    private static final Logger LOG = LoggerFactory.getLogger(Reaper.class);

    /** "+ pid" adds, "- pid" removes; at end of input, kill -9 what is left, then exit. */
    private static final String SCRIPT = String.join("\n",
            "pids=' '",
            "while read -r op pid; do",
            "  case \"$op\" in",
            "    +) pids=\"$pids$pid \" ;;",
            "    -) case \"$pids\" in *\" $pid \"*) pids=\"${pids%% $pid *} ${pids#* $pid }\" ;; esac ;;",
            "  esac",
            "done",
            "for pid in $pids; do kill -9 \"$pid\" 2>/dev/null; done",
            "exit 0");

    private static Process process;
    private static OutputStream pids;
    private static boolean unavailable;

    private Reaper() {}

    /**
     * The reaper's pid, if it runs: a tool that looks for processes a run left behind (such as
     * shellgen-testing) leaves it alone; it ends with the JVM.
     */
    public static synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    static synchronized void watch(long pid) {
        send("+ " + pid);
    }

    static synchronized void forget(long pid) {
        send("- " + pid);
    }

    private static void send(String line) {
        if (!started()) {
            return;
        }
        try {
            pids.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            pids.flush();
        } catch (IOException e) {
            LOG.warn(RuntimeMessage.REAPER_GONE.format(process.pid(), e.toString()));
            process = null;
            pids = null;
            unavailable = true;
        }
    }

    private static boolean started() {
        if (pids != null) {
            return true;
        }
        if (unavailable) {
            return false;
        }
        if (!new File("/bin/sh").canExecute()) {
            unavailable = true;
            LOG.warn(RuntimeMessage.REAPER_NO_SH.format());
            return false;
        }
        try {
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", SCRIPT);
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            process = builder.start();
            pids = process.getOutputStream();
            return true;
        } catch (IOException e) {
            unavailable = true;
            LOG.warn(RuntimeMessage.REAPER_NOT_STARTED.format(e.toString()));
            return false;
        }
    }
}
