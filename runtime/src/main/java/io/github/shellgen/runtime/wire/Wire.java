package io.github.shellgen.runtime.wire;

import java.io.IOException;
import java.util.List;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;

/**
 * The JVM's end of the pipe to one subprocess, after the handshake: Storm's JSON protocol
 * ({@link JsonWire}), or storm-shellgen's frames ({@link FrameWire}) when the subprocess runs on
 * storm-shellgen's Python runtime and accepted them ({@link Handshake}).
 *
 * <p>What is sent may be buffered until {@link #flush()}; a caller flushes before it waits for an
 * answer, and whenever nothing more is ready to send.
 */
public interface Wire {

    /** A tuple for a bolt's subprocess (also a heartbeat: task -1, stream {@code __heartbeat}). */
    void sendTuple(String id, String component, String stream, int task, List<Object> values) throws IOException;

    /** The tasks an emit went to, for a subprocess that asked for them. */
    void sendTaskIds(List<Integer> tasks) throws IOException;

    /** A command for a spout's subprocess: next, ack, fail, activate, deactivate. */
    void sendSpoutCommand(String command, Object id) throws IOException;

    /** Writes what is buffered. */
    void flush() throws IOException;

    /** Whether what is sent waits for {@link #flush()}; if not, each message is written at once. */
    boolean buffers();

    /** The next message from the subprocess; waits for it. */
    ShellMsg receive() throws IOException, NoOutputException;
}
