package io.github.shellgen.runtime;

/**
 * A shell component's subprocess failed: it exited, was killed, stopped answering or broke the
 * protocol. The message is the whole report: the component, the command, the pid, the cause, the
 * subprocess' last lines of standard error and what happens next. The component reports it to
 * Storm (which logs it and shows it in the UI); it has no stack trace, as the Java code that
 * noticed the failure is not its cause.
 */
public class SubprocessFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubprocessFailedException(String message) {
        super(message, null, false, false);
    }
}
