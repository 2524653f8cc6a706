package io.github.shellgen.runtime.wire;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.storm.multilang.JsonSerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.shade.net.minidev.json.JSONObject;
import org.apache.storm.shade.net.minidev.json.JSONValue;

/**
 * The start of Storm's multilang protocol, as Storm's JSON serializer does it (the setup message
 * with {@code pidDir}, {@code conf} and {@code context}; the answer with the {@code pid}), plus an
 * offer every other program ignores: the setup message also carries {@value #OFFER}, and
 * storm-shellgen's Python runtime accepts by answering with it. After an accepted offer both sides
 * speak {@link FrameWire}; otherwise Storm's JSON protocol, unchanged, through Storm's
 * {@link JsonSerializer}. So {@code storm.py}, {@code node}'s {@code storm.js} and any other program
 * see exactly what Storm's own shell components send them.
 */
public final class Handshake {

    /** The setup message's key with the offer, and the answer's key with the acceptance. */
    static final String OFFER = "shellgenWire";
    /** The version of {@link FrameWire} offered. */
    static final int FRAMES_VERSION = 1;

    private static final String END = "end";

    /** The answer's key saying that the start goes on: the script loads, and a ready message ends it. */
    static final String LOADING = "loading";

    /**
     * What the handshake gave: the subprocess' pid, the wire to talk to it on, and whether its start
     * goes on until it sends a {@code ready} message (storm-shellgen's runtime answers before it
     * imports the script, when offered).
     */
    public record Connected(long pid, Wire wire, boolean loading) {}

    private Handshake() {}

    /**
     * Sends the setup message and reads the answer.
     *
     * @param context the component's {@link org.apache.storm.task.TopologyContext}, which writes
     *     itself as JSON as Storm's serializer sends it
     */
    public static Connected connect(Map<String, Object> conf, String pidDir, Object context, OutputStream toProcess,
            InputStream fromProcess, long maxMessageBytes) throws IOException, NoOutputException {
        JSONObject setup = new JSONObject();
        setup.put("pidDir", pidDir);
        setup.put("conf", conf);
        setup.put("context", context);
        JSONObject offer = new JSONObject();
        offer.put("frames", FRAMES_VERSION);
        offer.put("maxFrameBytes", maxMessageBytes);
        offer.put("ready", 1); // this side waits for a ready message after an answer with "loading"
        setup.put(OFFER, offer);
        toProcess.write((JSONValue.toJSONString(setup) + "\n" + END + "\n").getBytes(StandardCharsets.UTF_8));
        toProcess.flush();

        Object answer = JSONValue.parse(readMessage(fromProcess, maxMessageBytes));
        if (!(answer instanceof Map<?, ?> fields) || !(fields.get("pid") instanceof Number pid)) {
            throw new IllegalStateException(RuntimeMessage.NO_PID.format(answer));
        }
        boolean loading = Boolean.TRUE.equals(fields.get(LOADING));
        if (Integer.valueOf(FRAMES_VERSION).equals(fields.get(OFFER))) {
            return new Connected(pid.longValue(), new FrameWire(toProcess, fromProcess, maxMessageBytes), loading);
        }
        return new Connected(pid.longValue(),
                JsonWire.over(new JsonSerializer(), toProcess, fromProcess, maxMessageBytes), loading);
    }

    /**
     * One message of the JSON protocol: the lines up to the line {@code end}, read a byte at a time,
     * so that nothing after it is taken from the stream the wire goes on reading; the size limit is
     * {@link MessageSizeGuard}'s, as for every later JSON message.
     */
    private static String readMessage(InputStream fromProcess, long maxBytes) throws IOException, NoOutputException {
        InputStream in = new MessageSizeGuard(fromProcess, maxBytes);
        StringBuilder message = new StringBuilder();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new NoOutputException(RuntimeMessage.CLOSED_BEFORE_HANDSHAKE.format());
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.equals(END)) {
                return message.toString();
            }
            if (message.length() > 0) {
                message.append('\n');
            }
            message.append(text);
        }
    }
}
