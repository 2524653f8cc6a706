package io.github.shellgen.testing;

import java.util.List;

/**
 * A run in which a component could not start (its subprocess exited before the multilang
 * handshake: a syntax error, a missing module, a wrong interpreter), stopped at once. Storm itself
 * would halt the whole JVM ("Halting process: Worker died"). The message names each component that
 * failed, what it runs, and what it said; {@link #run()} holds what the run saw.
 */
public final class ComponentStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReportedError> failures;
    private final transient TopologyRun run;

    ComponentStartException(String message, List<ReportedError> failures, TopologyRun run) {
        super(message);
        this.failures = List.copyOf(failures);
        this.run = run;
    }

    /** Each task that failed to start, with its component, command and the error. */
    public List<ReportedError> failures() {
        return failures;
    }

    /** What the run saw until it was stopped. */
    public TopologyRun run() {
        return run;
    }
}
