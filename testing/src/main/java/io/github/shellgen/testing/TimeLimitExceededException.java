package io.github.shellgen.testing;

/**
 * A run that did not finish within its time limit: its input never ended, or tuple trees stayed
 * pending. The message says what was still pending; {@link #run()} holds what the run saw until
 * the topology was stopped.
 */
public final class TimeLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient TopologyRun run;

    TimeLimitExceededException(String message, TopologyRun run) {
        super(message);
        this.run = run;
    }

    /** What the run saw until it was stopped. */
    public TopologyRun run() {
        return run;
    }
}
