package io.github.shellgen.runtime;

/**
 * A shell component's subprocess failed more often than its restart budget allows
 * ({@link RuntimeConfig#RESTARTS_PER_MINUTE}), or could not be started again. The component throws
 * it from {@code execute} or {@code nextTuple}, which stops its worker as Storm's own shell
 * components do; a supervisor then starts the worker afresh.
 */
public class ComponentGaveUpException extends SubprocessFailedException {

    private static final long serialVersionUID = 1L;

    public ComponentGaveUpException(String message) {
        super(message);
    }
}
