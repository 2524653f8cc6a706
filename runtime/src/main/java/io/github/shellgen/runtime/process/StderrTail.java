package io.github.shellgen.runtime.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;

/**
 * Reads a subprocess' standard error as it comes, logs it at INFO (what arrives together, such as
 * a Python traceback, as one message), and keeps its last lines for the report when the
 * subprocess fails. Reading it all the time also keeps a chatty subprocess from blocking on a full
 * pipe, which Storm's shell components (they read standard error only when they write) allow.
 */
final class StderrTail {

    static final int LINES_KEPT = 12;
    private static final int BURST_LINES = 50;
    private static final int LINE_CHARS = 400;

    private final Deque<String> last = new ArrayDeque<>();
    private final Thread thread;

    StderrTail(InputStream stderr, Logger log, String prefix, String threadName) {
        thread = new Thread(() -> read(stderr, log, prefix), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(InputStream stderr, Logger log, String prefix) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> burst = new ArrayList<>();
                burst.add(keep(line));
                // What is already there joins this message, up to a bound: a process that writes
                // without pause still gets its lines logged as they come.
                while (burst.size() < BURST_LINES && reader.ready() && (line = reader.readLine()) != null) {
                    burst.add(keep(line));
                }
                log.info("{} {}", prefix, String.join("\n", burst));
            }
        } catch (IOException e) {
            // The process has gone and its pipe with it: what was read is kept.
        }
    }

    private String keep(String line) {
        String kept = line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + "..." : line;
        synchronized (last) {
            if (last.size() == LINES_KEPT) {
                last.removeFirst();
            }
            last.addLast(kept);
        }
        return kept;
    }

    /** The last lines written, once the pipe has closed or after a short wait for it to. */
    List<String> lastLines(long waitMillis) {
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (last) {
            return new ArrayList<>(last);
        }
    }
}
