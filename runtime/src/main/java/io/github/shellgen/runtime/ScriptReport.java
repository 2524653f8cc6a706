package io.github.shellgen.runtime;

/**
 * What a script reported (an exception in {@code process()}, say) or did wrong (an emit that does
 * not match its declared streams), passed to Storm's {@code reportError}. Without a stack trace:
 * the Java code that passes it on is not where it happened.
 */
final class ScriptReport extends Exception {

    private static final long serialVersionUID = 1L;

    ScriptReport(String message) {
        super(message, null, false, false);
    }
}
