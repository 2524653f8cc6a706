package io.github.shellgen.testing;

import java.util.List;

/**
 * A run in which a shell component gave up on its subprocess, stopped at once: the subprocess
 * failed more often than the component's restart budget allows
 * ({@code shellgen.subprocess.restarts.per.minute}). On a cluster the component would stop its
 * worker; in one JVM Storm would halt the JVM, test runner included. The message is the
 * component's own report (its command, pid, cause and last lines of standard error);
 * {@link #run()} holds what the run saw.
 */
public final class ComponentStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReportedError> failures;
    private final transient TopologyRun run;

    ComponentStoppedException(String message, List<ReportedError> failures, TopologyRun run) {
        super(message);
        this.failures = List.copyOf(failures);
        this.run = run;
    }

    /** Each task that gave up, with its component, command and report. */
    public List<ReportedError> failures() {
        return failures;
    }

    /** What the run saw until it was stopped. */
    public TopologyRun run() {
        return run;
    }
}
