package io.github.shellgen.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.JsonSerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.multilang.SpoutMsg;
import org.apache.storm.shade.net.minidev.json.JSONValue;

/**
 * A real Python process, started in a resources folder, and the JVM's side of the multilang
 * protocol, spoken through Storm's own {@link JsonSerializer}: what a script writes is read exactly
 * as {@code ShellBolt} and {@code ShellSpout} read it.
 */
final class MultilangProcess implements AutoCloseable {

    /** The interpreter the tests run; {@code -Dshellgen.test.python=python3.8} tries another. */
    static final String PYTHON = System.getProperty("shellgen.test.python", "python3");

    private final Process process;
    private final Path stderr;
    private final JsonSerializer serializer = new JsonSerializer();

    private MultilangProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** Starts {@code PYTHON command...} in {@code resources}, its stderr going to a file beside it. */
    static MultilangProcess start(Path resources, String... command) throws IOException {
        return start(Map.of(), resources, command);
    }

    /** As {@link #start(Path, String...)}, with these variables set in its environment. */
    static MultilangProcess start(Map<String, String> env, Path resources, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(PYTHON));
        line.addAll(List.of(command));
        Path stderr = Files.createTempFile(resources.getParent(), "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(resources.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(env);
        return new MultilangProcess(builder.start(), stderr);
    }

    /**
     * The handshake as {@code JsonSerializer.connect} does it (which needs a whole
     * {@code TopologyContext}): the setup message, then the pid. Returns the pid.
     */
    long handshake(Path pidDir, Map<String, Object> conf) throws IOException {
        sendSetup(pidDir, conf);
        String reply = readRawMessage(process.getInputStream());
        serializer.initialize(process.getOutputStream(), process.getInputStream());
        return ((Number) ((Map<?, ?>) JSONValue.parse(reply)).get("pid")).longValue();
    }

    /** The setup message of Storm's JSON protocol (which makes no offer of frames), without reading the answer. */
    void sendSetup(Path pidDir, Map<String, Object> conf) throws IOException {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("pidDir", pidDir.toString());
        setup.put("conf", conf);
        setup.put("context", Map.of("taskid", 3, "componentid", "test"));
        OutputStream in = process.getOutputStream();
        in.write((JSONValue.toJSONString(setup) + "\nend\n").getBytes(UTF_8));
        in.flush();
    }

    void sendTuple(String id, Object... values) throws IOException {
        serializer.writeBoltMsg(boltMsg(id, "upstream", "default", 7, List.of(values)));
    }

    /**
     * A window as storm-shellgen's windowed bolt sends it: on stream __window, the tuples the process
     * does not have yet ({@code id, value} pairs, from "upstream"), the ids of the new and expired ones,
     * the start and the end.
     */
    void sendWindow(String id, List<List<Object>> tuples, List<String> fresh, List<String> expired, Long start,
            Long end) throws IOException {
        List<Object> messages = new ArrayList<>();
        for (List<Object> tuple : tuples) {
            messages.add(upstreamTuple(tuple));
        }
        serializer.writeBoltMsg(boltMsg(id, "__system", "__window", -1,
                java.util.Arrays.asList(messages, fresh, expired, start, end)));
    }

    /** A message of the runtime's own (a state, a checkpoint): from "__system", task -1, on {@code stream}. */
    void sendSystemTuple(String id, String stream, Object... values) throws IOException {
        serializer.writeBoltMsg(boltMsg(id, "__system", stream, -1, java.util.Arrays.asList(values)));
    }

    void sendHeartbeat() throws IOException {
        serializer.writeBoltMsg(boltMsg("hb", null, "__heartbeat", -1, List.of()));
    }

    void sendTaskIds(Integer... taskIds) throws IOException {
        serializer.writeTaskIds(List.of(taskIds));
    }

    void sendSpoutCommand(String command, Object id) throws IOException {
        SpoutMsg msg = new SpoutMsg();
        msg.setCommand(command);
        msg.setId(id);
        serializer.writeSpoutMsg(msg);
    }

    /** Writes {@code tuples} (each {@code id, values...}) to the process in one write, as one batch. */
    void sendTuplesInOneWrite(List<List<Object>> tuples) throws IOException {
        StringBuilder batch = new StringBuilder();
        for (List<Object> tuple : tuples) {
            batch.append(JSONValue.toJSONString(upstreamTuple(tuple))).append("\nend\n");
        }
        OutputStream in = process.getOutputStream();
        in.write(batch.toString().getBytes(UTF_8));
        in.flush();
    }

    /** Storm's tuple message for {@code tuple} ({@code id, values...}) from task 7 of "upstream", stream default. */
    private static Map<String, Object> upstreamTuple(List<Object> tuple) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", tuple.get(0));
        message.put("comp", "upstream");
        message.put("stream", "default");
        message.put("task", 7);
        message.put("tuple", tuple.subList(1, tuple.size()));
        return message;
    }

    /** The next message, parsed as ShellBolt and ShellSpout parse it. */
    ShellMsg read() throws IOException, NoOutputException {
        return serializer.readShellMsg();
    }

    /** The next {@code count} messages. */
    List<ShellMsg> read(int count) throws IOException, NoOutputException {
        List<ShellMsg> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(read());
        }
        return messages;
    }

    /** Closes the process's stdin, as a worker shutting down does, and waits for it to end. */
    int closeAndWait() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the Python process did not end within 20 s of its stdin closing");
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself. */
    int waitForExit() throws InterruptedException {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the Python process did not end within 20 s");
        }
        return process.exitValue();
    }

    /** What the process wrote to stderr so far. */
    String stderr() throws IOException {
        return Files.readString(stderr, UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static BoltMsg boltMsg(String id, String comp, String stream, long task, List<Object> values) {
        BoltMsg msg = new BoltMsg();
        msg.setId(id);
        msg.setComp(comp);
        msg.setStream(stream);
        msg.setTask(task);
        msg.setTuple(new ArrayList<>(values));
        return msg;
    }

    /** Reads one message byte by byte, leaving whatever follows it in the stream for the serializer. */
    private static String readRawMessage(InputStream out) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        byte[] end = "\nend\n".getBytes(UTF_8);
        while (true) {
            int b = out.read();
            if (b < 0) {
                throw new IOException("the process closed its stdout during the handshake, after: " + message);
            }
            message.write(b);
            byte[] sofar = message.toByteArray();
            if (sofar.length >= end.length && endsWith(sofar, end)) {
                return new String(sofar, 0, sofar.length - end.length, UTF_8);
            }
        }
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        for (int i = 0; i < suffix.length; i++) {
            if (bytes[bytes.length - suffix.length + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }
}
