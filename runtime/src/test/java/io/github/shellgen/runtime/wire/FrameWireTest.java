package io.github.shellgen.runtime.wire;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.shade.net.minidev.json.JSONArray;
import org.apache.storm.shade.net.minidev.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * storm-shellgen's frames, spoken by the runtime's JVM side ({@link Handshake}, {@link FrameWire})
 * with a real {@code python3} running storm-shellgen's Python runtime from this module's resources.
 * (The runtime's JSON side is tested in {@code PythonRuntimeTest}; Storm's storm.py and node's
 * storm.js falling back to JSON, end to end, in shellgen-testing's {@code SubprocessFaultsTest}.)
 */
class FrameWireTest {

    private static final long LIMIT = 1 << 20;

    @TempDir
    Path root;

    private Path resources;
    private Path pids;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void layOutAResourcesFolder() throws IOException {
        resources = Files.createDirectories(root.resolve("resources"));
        pids = Files.createDirectories(root.resolve("pids"));
        PythonRuntimeFiles.layOut(resources);
        for (String script : List.of("frames_probe.py", "sentence_spout.py")) {
            try (InputStream in = FrameWireTest.class.getResourceAsStream("/python/" + script)) {
                Files.write(resources.resolve(script), in.readAllBytes());
            }
        }
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private Process start(String script) throws IOException {
        Process process = new ProcessBuilder("python3", PythonRuntimeFiles.LAUNCHER, script)
                .directory(resources.toFile())
                .redirectError(root.resolve("stderr.txt").toFile())
                .start();
        started.add(process);
        return process;
    }

    private Handshake.Connected connect(Process process) throws Exception {
        return Handshake.connect(Map.of("k", "v"), pids.toString(), Map.of("componentid", "probe", "taskid", 3),
                process.getOutputStream(), process.getInputStream(), LIMIT);
    }

    /** The probe bolt, connected, past the line it printed while loading and its ready message. */
    private Wire probe() throws Exception {
        Wire wire = connect(start("frames_probe.py")).wire();
        assertThat(untilReady(wire)).hasSize(1);
        return wire;
    }

    /** What the script sent while it loaded, up to its ready message (the end of its start). */
    private static List<ShellMsg> untilReady(Wire wire) throws Exception {
        List<ShellMsg> before = new ArrayList<>();
        for (ShellMsg message = wire.receive(); !"ready".equals(message.getCommand()); message = wire.receive()) {
            before.add(message);
        }
        return before;
    }

    @Test
    void theRuntimeAcceptsFramesAndAnswersWithItsPid() throws Exception {
        Process process = start("frames_probe.py");

        Handshake.Connected connected = connect(process);

        assertThat(connected.pid()).isEqualTo(process.pid());
        assertThat(connected.wire()).isInstanceOf(FrameWire.class);
        // Answered before the script was imported: the start goes on until the ready message.
        assertThat(connected.loading()).isTrue();
        assertThat(Files.exists(pids.resolve(Long.toString(process.pid())))).isTrue();
        // What the script printed while it was imported arrives as a frame's log, then the ready message.
        ShellMsg log = connected.wire().receive();
        assertThat(log.getCommand()).isEqualTo("log");
        assertThat(log.getMsg()).isEqualTo("printed before the handshake");
        assertThat(log.getLogLevel()).isEqualTo(ShellMsg.ShellLogLevel.INFO);
        assertThat(connected.wire().receive().getCommand()).isEqualTo("ready");
    }

    @Test
    void tuplesSentInOneFrameComeBackAsEmitsAnchoredToThemEachFollowedByItsAck() throws Exception {
        Wire wire = probe();

        for (int i = 1; i <= 3; i++) {
            wire.sendTuple(Integer.toString(i), "upstream", "default", 7, List.of("word " + i));
        }
        wire.flush();

        for (int i = 1; i <= 3; i++) {
            ShellMsg emit = wire.receive();
            assertThat(emit.getCommand()).isEqualTo("emit");
            assertThat(emit.getAnchors()).containsExactly(Integer.toString(i));
            assertThat(emit.getTuple()).containsExactly("word " + i);
            assertThat(emit.getStream()).isNull();
            assertThat(emit.getTask()).isEqualTo(0);
            assertThat(emit.areTaskIdsNeeded()).isFalse();
            ShellMsg ack = wire.receive();
            assertThat(ack.getCommand()).isEqualTo("ack");
            assertThat(ack.getId()).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void valuesKeepTheJavaTypesStormsJsonSerializerGives() throws Exception {
        Wire wire = probe();
        JSONObject nested = new JSONObject();
        nested.put("list", Arrays.asList(1, "two", null));
        List<Object> values = Arrays.asList("w\u00e9rd \ud83d\ude00 \"quoted\"\n", 42, 3_000_000_000L,
                new BigInteger("123456789012345678901234"), 2.5, true, null, nested);

        wire.sendTuple("1", "upstream", "default", 7, values);
        wire.flush();

        List<Object> echoed = wire.receive().getTuple();
        assertThat(echoed).containsExactlyElementsIn(values).inOrder();
        assertThat(echoed.get(1)).isInstanceOf(Integer.class);
        assertThat(echoed.get(2)).isInstanceOf(Long.class);
        assertThat(echoed.get(3)).isInstanceOf(BigInteger.class);
        assertThat(echoed.get(4)).isInstanceOf(Double.class);
        assertThat(echoed.get(7)).isInstanceOf(JSONObject.class);
        assertThat(((Map<?, ?>) echoed.get(7)).get("list")).isInstanceOf(JSONArray.class);
    }

    @Test
    void taskIdsAskedForReachTheScript() throws Exception {
        Wire wire = probe();

        wire.sendTuple("1", "upstream", "default", 7, List.of("ask"));
        wire.flush();
        ShellMsg emit = wire.receive();
        assertThat(emit.areTaskIdsNeeded()).isTrue();
        wire.sendTaskIds(List.of(4, 5));
        wire.flush();

        ShellMsg log = wire.receive();
        assertThat(log.getMsg()).isEqualTo("task ids [4, 5]");
        assertThat(wire.receive().getCommand()).isEqualTo("ack");
    }

    @Test
    void aSpoutAnswersEachCommandOfAFrameWithSync() throws Exception {
        Wire wire = connect(start("sentence_spout.py")).wire();
        // Logged in initialize(), which is part of the start.
        assertThat(untilReady(wire).get(0).getMsg()).isEqualTo("conf wordcount.min.length=None");

        wire.sendSpoutCommand("ack", 10);
        wire.sendSpoutCommand("fail", 11);
        wire.sendSpoutCommand("next", null);
        wire.flush();

        List<String> seen = new ArrayList<>();
        int syncs = 0;
        while (syncs < 3) {
            ShellMsg message = wire.receive();
            if ("sync".equals(message.getCommand())) {
                syncs++;
                seen.add("sync");
            } else if ("emit".equals(message.getCommand())) {
                seen.add("emit " + message.getTuple() + " id " + message.getId());
            } else {
                seen.add(message.getMsg());
            }
        }
        assertThat(seen).containsExactly("acked 10", "sync", "failed 11", "sync", "emit [\"sentence 0\"] id 0", "sync")
                .inOrder();
    }

    @Test
    void textInsteadOfAFrameIsAProtocolErrorNamingWhatCame() throws Exception {
        Wire wire = probe();

        wire.sendTuple("1", "upstream", "default", 7, List.of("garbage"));
        wire.flush();

        FrameWire.NotAFrameException e = assertThrows(FrameWire.NotAFrameException.class, wire::receive);
        assertThat(e).hasMessageThat().isEqualTo("expected a frame (byte 0xF5), read byte 0x6E, the start of"
                + " \"not a frame at all\"");
    }

    @Test
    void aFrameLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Wire wire = probe();

        wire.sendTuple("1", "upstream", "default", 7, List.of("big"));
        wire.flush();

        MessageSizeGuard.TooLargeException e =
                assertThrows(MessageSizeGuard.TooLargeException.class, wire::receive);
        assertThat(e).hasMessageThat().isEqualTo("sent a frame of 2000032 bytes, larger than 1048576 bytes"
                + " (shellgen.multilang.max.message.bytes)");
    }
}
