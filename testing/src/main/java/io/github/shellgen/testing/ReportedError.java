package io.github.shellgen.testing;

import java.util.Locale;

/**
 * An error a component reported while the topology ran: a Python traceback
 * ({@code Shell Process Exception: ...}), a script's {@code storm.reportError(...)}, a subprocess
 * that died, or a Java component's {@code collector.reportError}.
 *
 * @param component the component id
 * @param task the task that reported it
 * @param runs what the component runs: the command of a shell component, else its class
 * @param message the error's text, with the traceback when the script sent one
 */
public record ReportedError(String component, int task, String runs, String message) {

    static ReportedError of(String component, int task, String runs, Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : error.toString();
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return new ReportedError(component, task, runs, message);
    }

    /** The first line of the message and, for a traceback, its last line: the exception raised. */
    public String summary() {
        return summary(message);
    }

    /**
     * The first line of an error's text and, for a traceback, its last line: how {@code shellgen:run}
     * and {@code shellgen:status} show an error on one line.
     */
    public static String summary(String message) {
        String[] lines = message.strip().split("\\R");
        String first = lines[0];
        String last = lines[lines.length - 1].strip();
        return lines.length > 1 && !last.isEmpty() ? first + " ... " + last : first;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (task %d, %s): %s", component, task, runs, message);
    }
}
