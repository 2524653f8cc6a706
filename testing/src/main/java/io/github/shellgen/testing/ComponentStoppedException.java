package io.github.shellgen.testing;

import java.util.List;

/**
 * A run in which a shell component gave up on its subprocess, stopped at once: the subprocess
 * failed more often than the component's restart budget allows
 * ({@code shellgen.subprocess.restarts.per.minute}). On a cluster the component would stop its
 * worker; in one JVM Storm would halt the JVM, test runner included. The message is the
 * component's own report: its command, pid, cause and last lines of standard error.
 */
public final class ComponentStoppedException extends ComponentFailureException {

    private static final long serialVersionUID = 1L;

    ComponentStoppedException(String message, List<ReportedError> failures, TopologyRun run) {
        super(message, failures, run);
    }
}
