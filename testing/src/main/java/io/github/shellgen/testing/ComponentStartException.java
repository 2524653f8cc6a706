package io.github.shellgen.testing;

import java.util.List;

/**
 * A run in which a component could not start (its subprocess exited before the multilang
 * handshake: a syntax error, a missing module, a wrong interpreter), stopped at once. Storm itself
 * would halt the whole JVM ("Halting process: Worker died").
 */
public final class ComponentStartException extends ComponentFailureException {

    private static final long serialVersionUID = 1L;

    ComponentStartException(String message, List<ReportedError> failures, TopologyRun run) {
        super(message, failures, run);
    }
}
