package io.github.shellgen.runtime.wire;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.shade.net.minidev.json.JSONArray;
import org.apache.storm.shade.net.minidev.json.JSONValue;
import org.apache.storm.shade.net.minidev.json.parser.JSONParser;
import org.apache.storm.shade.net.minidev.json.parser.ParseException;

/**
 * storm-shellgen's wire to its own Python runtime ({@code shellgen/storm.py}), which both sides
 * agree on in the {@link Handshake}: several messages to a frame, in both directions.
 *
 * <p>A frame is the byte {@code 0xF5} (never in UTF-8 text, so stray text is told from a frame), its
 * payload's length as 4 bytes, big-endian, then the payload: a JSON array (UTF-8) of messages, each
 * a JSON array whose first element is its code, the rest by position. Tuple values are JSON, as in
 * Storm's protocol, and read by the same JSON library Storm's serializer uses, so a bolt receives
 * the same Java types (Integer, Long, Double, JSONArray, ...) either way.
 *
 * <pre>
 * JVM to Python                              Python to JVM
 * [0, id, component, stream, task, values]   [3, stream, anchors, values, task, needTaskIds]  bolt emit
 * [1, [task, ...]]          task ids         [4, stream, id, values, task, needTaskIds]       spout emit
 * [2, command, id]          spout command    [5, id] ack   [6, id] fail   [7] sync
 *                                            [8, text, level] log   [9, text] error
 *                                            [10, name, params] metrics   [11] ready
 *                                            [12, id, {key: json, ...}, [key, ...]] state changes
 * </pre>
 * (stream, anchors, id and task may be null: the default stream, none, none, not direct.) The Python
 * end of this table is the Python runtime's {@code _FrameWire} (storm.py, beside this package in
 * shellgen-runtime's resources); {@code FrameCodesTest} fails if the codes of the two differ.
 *
 * <p>What is sent is buffered until {@link #flush()}: a bolt's writer flushes once its queue is
 * empty, a spout before it waits for the script's sync. The Python runtime likewise sends what it
 * has whenever it is about to wait, so the emits and the ack of one input travel in one frame.
 */
final class FrameWire implements Wire {

    static final int MAGIC = 0xF5;
    /** The codes of the messages from the JVM. */
    static final int TUPLE = 0, TASK_IDS = 1, SPOUT_COMMAND = 2;
    /**
     * The codes of the messages from the Python runtime; READY ends a start the handshake's answer
     * announced as loading (see {@link Handshake}).
     */
    static final int BOLT_EMIT = 3, SPOUT_EMIT = 4, ACK = 5, FAIL = 6, SYNC = 7, LOG = 8, ERROR = 9, METRICS = 10,
            READY = 11, STATE = 12;

    private static final String[] COMMANDS = {null, null, null, "emit", "emit", "ack", "fail", "sync", "log",
        "error", "metrics", "ready", "state"};

    private final BufferedOutputStream out;
    private final DataInputStream in;
    private final long maxFrameBytes;
    private final StringBuilder pending = new StringBuilder(1 << 12);
    private final ArrayDeque<ShellMsg> received = new ArrayDeque<>();
    private final JSONParser parser = new JSONParser(JSONParser.DEFAULT_PERMISSIVE_MODE);

    FrameWire(OutputStream out, InputStream in, long maxFrameBytes) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.in = new DataInputStream(in);
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    public void sendTuple(String id, String component, String stream, int task, List<Object> values)
            throws IOException {
        StringBuilder text = next().append(TUPLE).append(',');
        JSONValue.writeJSONString(id, text);
        text.append(',');
        JSONValue.writeJSONString(component, text);
        text.append(',');
        JSONValue.writeJSONString(stream, text);
        text.append(',').append(task).append(',');
        JSONValue.writeJSONString(values, text);
        text.append(']');
    }

    @Override
    public void sendTaskIds(List<Integer> tasks) throws IOException {
        StringBuilder text = next().append(TASK_IDS).append(',');
        JSONValue.writeJSONString(tasks, text);
        text.append(']');
    }

    @Override
    public void sendSpoutCommand(String command, Object id) throws IOException {
        StringBuilder text = next().append(SPOUT_COMMAND).append(',');
        JSONValue.writeJSONString(command, text);
        text.append(',');
        JSONValue.writeJSONString(id, text);
        text.append(']');
    }

    private StringBuilder next() {
        return pending.append(pending.length() == 0 ? "[[" : ",[");
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        byte[] payload = pending.append(']').toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        if (pending.capacity() > 1 << 20) {
            pending.trimToSize(); // one big tuple does not keep its buffer for the bolt's life
        }
        out.write(MAGIC);
        out.write(payload.length >>> 24);
        out.write(payload.length >>> 16);
        out.write(payload.length >>> 8);
        out.write(payload.length);
        out.write(payload);
        out.flush();
    }

    @Override
    public boolean buffers() {
        return true;
    }

    @Override
    public ShellMsg receive() throws IOException, NoOutputException {
        ShellMsg message = received.poll();
        while (message == null) {
            readFrame();
            message = received.poll();
        }
        return message;
    }

    private void readFrame() throws IOException, NoOutputException {
        int magic = in.read();
        if (magic < 0) {
            throw new NoOutputException(RuntimeMessage.OUTPUT_CLOSED.format());
        }
        if (magic != MAGIC) {
            throw new NotAFrameException(RuntimeMessage.NOT_A_FRAME.format(strayText(magic)));
        }
        long length = in.readInt() & 0xFFFFFFFFL;
        if (length > maxFrameBytes) {
            throw new MessageSizeGuard.TooLargeException(RuntimeMessage.FRAME_TOO_LARGE.format(length, maxFrameBytes));
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        Object parsed;
        try {
            parsed = parser.parse(payload);
        } catch (ParseException | RuntimeException e) {
            throw new NotAFrameException(RuntimeMessage.FRAME_NOT_JSON.format(e.getMessage()));
        }
        if (!(parsed instanceof List<?> messages)) {
            throw new NotAFrameException(RuntimeMessage.FRAME_NOT_ARRAY.format());
        }
        for (Object message : messages) {
            received.add(shellMsg(message));
        }
    }

    /**
     * What came instead of a frame: the byte, and the rest of its line (up to 80 bytes of what is
     * ready, up to a line break or what may be the next frame).
     */
    private String strayText(int first) throws IOException {
        byte[] rest = new byte[Math.min(80, Math.max(0, in.available()))];
        int n = Math.max(0, in.read(rest, 0, rest.length));
        int end = 0;
        while (end < n && rest[end] != '\n' && (rest[end] & 0xFF) != MAGIC) {
            end++;
        }
        String text = (char) first + new String(rest, 0, end, StandardCharsets.UTF_8);
        return RuntimeMessage.STRAY_TEXT.format(first, text.strip().replaceAll("\\s+", " "));
    }

    @SuppressWarnings("unchecked")
    private static ShellMsg shellMsg(Object raw) {
        if (!(raw instanceof JSONArray fields) || fields.isEmpty() || !(fields.get(0) instanceof Integer code)
                || code < BOLT_EMIT || code >= COMMANDS.length) {
            throw new NotAFrameException(
                    RuntimeMessage.FRAME_UNKNOWN_MESSAGE.format(RuntimeMessage.abbreviate(raw)));
        }
        ShellMsg message = new ShellMsg();
        message.setCommand(COMMANDS[code]);
        try {
            switch (code) {
                case BOLT_EMIT, SPOUT_EMIT -> {
                    message.setStream((String) fields.get(1));
                    Object third = fields.get(2);
                    if (code == SPOUT_EMIT) {
                        message.setId(third);
                    } else if (third != null) {
                        for (Object anchor : (List<Object>) third) {
                            message.addAnchor(String.valueOf(anchor));
                        }
                    }
                    message.setTuple((List<Object>) fields.get(3));
                    Object task = fields.get(4);
                    message.setTask(task == null ? 0 : ((Number) task).longValue());
                    message.setNeedTaskIds(Boolean.TRUE.equals(fields.get(5)));
                }
                case ACK, FAIL -> message.setId(fields.get(1));
                case LOG -> {
                    message.setMsg(String.valueOf(fields.get(1)));
                    message.setLogLevel(((Number) fields.get(2)).intValue());
                }
                case ERROR -> message.setMsg(String.valueOf(fields.get(1)));
                case STATE -> { // a stateful bolt's changes: the checkpoint's id, then [puts, deletes]
                    message.setId(fields.get(1));
                    message.setTuple(List.of(fields.get(2), fields.get(3)));
                }
                case METRICS -> {
                    message.setMetricName((String) fields.get(1));
                    message.setMetricParams(fields.get(2));
                }
                default -> {
                    // sync: nothing more
                }
            }
        } catch (ClassCastException | IndexOutOfBoundsException e) {
            throw new NotAFrameException(RuntimeMessage.FRAME_MALFORMED.format(RuntimeMessage.abbreviate(raw)));
        }
        return message;
    }

    /** The subprocess wrote something that is not a frame, or a frame that is not the runtime's. */
    static final class NotAFrameException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAFrameException(String message) {
            super(message, null, false, false);
        }
    }
}
