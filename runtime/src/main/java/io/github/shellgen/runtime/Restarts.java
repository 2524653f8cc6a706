package io.github.shellgen.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many shell components of this JVM are between a failed subprocess and its replacement
 * serving (the pause, then the start, which may take as long as the script loads). A local run
 * (shellgen-testing) is not over while one is: the component will emit and ack again.
 */
public final class Restarts {

    static final AtomicInteger PENDING = new AtomicInteger();

    private Restarts() {}

    /** Restarts scheduled or starting, in this JVM, now. */
    public static int inProgress() {
        return PENDING.get();
    }
}
