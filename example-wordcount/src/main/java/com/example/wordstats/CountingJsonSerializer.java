package com.example.wordstats;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.multilang.JsonSerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;

/**
 * Storm's JSON multilang serializer that counts the messages it reads from shell processes, so a
 * test can tell that {@code topology.multilang.serializer} chose it. The cluster runs in the
 * test's JVM, so the count is a static one.
 */
public class CountingJsonSerializer extends JsonSerializer {

    private static final long serialVersionUID = 1L;
    private static final AtomicLong MESSAGES_READ = new AtomicLong();

    /** Messages read from shell processes by every instance since the last {@link #reset()}. */
    public static long messagesRead() {
        return MESSAGES_READ.get();
    }

    public static void reset() {
        MESSAGES_READ.set(0);
    }

    @Override
    public ShellMsg readShellMsg() throws IOException, NoOutputException {
        ShellMsg message = super.readShellMsg();
        MESSAGES_READ.incrementAndGet();
        return message;
    }
}
