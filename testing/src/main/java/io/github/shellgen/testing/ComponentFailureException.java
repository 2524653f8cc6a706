package io.github.shellgen.testing;

import java.util.List;

/**
 * A run stopped at once because a component failed for good: it could not start
 * ({@link ComponentStartException}), or gave up on its subprocess ({@link ComponentStoppedException}).
 * Storm itself would halt the whole JVM. The message names each component, what it runs and what
 * it said; {@link #run()} holds what the run saw.
 */
public abstract class ComponentFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReportedError> failures;
    private final transient TopologyRun run;

    ComponentFailureException(String message, List<ReportedError> failures, TopologyRun run) {
        super(message);
        this.failures = List.copyOf(failures);
        this.run = run;
    }

    /** Each task that failed, with its component, command and the error. */
    public List<ReportedError> failures() {
        return failures;
    }

    /** What the run saw until it was stopped. */
    public TopologyRun run() {
        return run;
    }
}
