package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import io.github.shellgen.runtime.RuntimeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.multilang.ShellMsg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * storm-shellgen's Python runtime, as the processor writes it, run by real Python processes that
 * the tests talk to through Storm's own multilang serializer. Covers the API it keeps from Storm's
 * storm.py and each documented difference from it (see {@code io.github.shellgen.PythonRuntime}).
 * The scripts are in {@code src/test/resources/python/}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PythonRuntimeTest {

    private static final List<String> SCRIPTS = List.of(
            "echo_bolt.py", "window_bolt.py", "state_bolt.py", "batch_bolt.py", "manual_bolt.py", "print_bolt.py", "crash_bolt.py", "sentence_spout.py", "write_probe.py",
            "storm.py", "bolts/neighbour_bolt.py", "bolts/helper.py");

    /** The runtime's files as the processor writes them into the class output, by path under resources/. */
    private static final Map<String, byte[]> RUNTIME = new TreeMap<>();

    @TempDir
    Path root;

    private Path resources;
    private Path pids;
    private final List<MultilangProcess> started = new ArrayList<>();

    @BeforeAll
    static void takeTheRuntimeFromACompilation(@TempDir Path scripts) throws IOException {
        Compilation compilation = Shellgen.compileWithScripts(scripts, List.of(Shellgen.WORD_COUNT),
                Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new));
        assertThat(compilation).succeeded();
        for (String file : ShellgenRuntimeFiles.FILES) {
            JavaFileObject written = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "resources/" + file)
                    .orElseThrow(() -> new AssertionError("not in the class output: resources/" + file));
            try (InputStream in = written.openInputStream()) {
                RUNTIME.put(file, in.readAllBytes());
            }
        }
    }

    @BeforeEach
    void layOutAResourcesFolder() throws IOException {
        resources = Files.createDirectories(root.resolve("resources"));
        pids = Files.createDirectories(root.resolve("pids"));
        for (Map.Entry<String, byte[]> file : RUNTIME.entrySet()) {
            Files.createDirectories(resources.resolve(file.getKey()).getParent());
            Files.write(resources.resolve(file.getKey()), file.getValue());
        }
        for (String script : SCRIPTS) {
            try (InputStream in = PythonRuntimeTest.class.getResourceAsStream("/python/" + script)) {
                Files.createDirectories(resources.resolve(script).getParent());
                Files.write(resources.resolve(script), in.readAllBytes());
            }
        }
    }

    @AfterEach
    void stopProcesses() {
        started.forEach(MultilangProcess::close);
    }

    /** Starts {@code python3 shellgen/run.py <script>} in the resources folder and does the handshake. */
    private MultilangProcess run(String script) throws Exception {
        return run(script, Map.of("wordcount.min.length", 3));
    }

    /** As {@link #run(String)}, with {@code conf} as the configuration the component starts with. */
    private MultilangProcess run(String script, Map<String, Object> conf) throws Exception {
        MultilangProcess process = MultilangProcess.start(resources, ShellgenRuntimeFiles.LAUNCHER, script);
        started.add(process);
        process.handshake(pids, conf);
        return process;
    }

    /** Starts {@code script} as a bolt with a window of 10 tuples. */
    private MultilangProcess runWindowed(String script) throws Exception {
        return run(script, Map.of("topology.bolts.window.length.count", 10));
    }

    /** Starts {@code script} as a stateful bolt, and gives it {@code state} (key to JSON text). */
    private MultilangProcess runStateful(String script, List<List<String>> state) throws Exception {
        MultilangProcess process = run(script, Map.of("shellgen.bolt.stateful", true));
        process.sendSystemTuple("s1", "__state", state, true);
        return process;
    }

    @Test
    void statefulBoltIsGivenItsStateAndGivesItsChangesAtEachCheckpoint() throws Exception {
        MultilangProcess bolt = runStateful("state_bolt.py", List.of(List.of("a", "1"), List.of("b", "\"x\"")));
        ShellMsg init = bolt.read();
        bolt.sendTuple("1", "add", "a", 2);
        bolt.sendTuple("2", "del", "b", 0);
        bolt.sendTuple("3", "put", "c", Map.of("k", List.of(1)));
        List<ShellMsg> handled = bolt.read(6);
        bolt.sendSystemTuple("c7", "__checkpoint", 5);
        ShellMsg changes = bolt.read();
        ShellMsg checkpointAck = bolt.read();
        bolt.sendSystemTuple("c8", "__checkpoint", 6);
        ShellMsg noChanges = bolt.read();

        assertThat(init.getTuple()).isEqualTo(List.of("init", Map.of("a", 1, "b", "x")));
        assertThat(handled.get(4).getTuple()).isEqualTo(List.of("put", Map.of("a", 3, "c", Map.of("k", List.of(1)))));
        assertThat(handled.get(5).getCommand()).isEqualTo("ack");
        assertThat(changes.getCommand()).isEqualTo("state");
        assertThat(changes.getId()).isEqualTo("c7");
        assertThat(changes.getTuple()).isEqualTo(List.of(Map.of("a", "3", "c", "{\"k\":[1]}"), List.of("b")));
        assertThat(checkpointAck.getCommand()).isEqualTo("ack");
        assertThat(checkpointAck.getId()).isEqualTo("c7");
        assertThat(noChanges.getTuple()).isEqualTo(List.of(Map.of(), List.of()));
    }

    @Test
    void statefulBoltUndoesTheChangesOfAProcessThatRaisesAndNamesTheKeyOfAValueJsonCannotHold() throws Exception {
        MultilangProcess bolt = runStateful("state_bolt.py", List.of(List.of("a", "1")));
        bolt.read(); // init
        bolt.sendTuple("1", "raise", "z", 9);
        ShellMsg raised = bolt.read();
        ShellMsg failed = bolt.read();
        bolt.sendTuple("2", "bad", "s", 0);
        ShellMsg refused = bolt.read();
        bolt.read(); // its fail
        bolt.sendTuple("3", "add", "a", 1);
        ShellMsg after = bolt.read();
        bolt.read(); // its ack
        bolt.sendSystemTuple("c4", "__checkpoint", 1);
        ShellMsg changes = bolt.read();

        assertThat(raised.getMsg()).contains("ValueError: raised after changing the state");
        assertThat(raised.getMsg()).contains("(in process() of a tuple, which was failed; its changes to the state"
                + " were undone)");
        assertThat(failed.getCommand()).isEqualTo("fail");
        assertThat(refused.getMsg()).contains("TypeError: storm-shellgen: the state's value for key 's' is not"
                + " JSON-serializable (set)");
        // The raising tuple's put and delete were undone: "a" is still there, "z" is not.
        assertThat(after.getTuple()).isEqualTo(List.of("add", Map.of("a", 2)));
        assertThat(changes.getTuple()).isEqualTo(List.of(Map.of("a", "2"), List.of()));
    }

    @Test
    void aStatefulScriptInABoltThatIsNotStatefulAndTheOtherWayRoundFailToStart() throws Exception {
        MultilangProcess statefulWithout = run("state_bolt.py");
        ShellMsg without = statefulWithout.read();
        MultilangProcess basicWith = runStateful("echo_bolt.py", List.of());
        ShellMsg with = basicWith.read();

        assertThat(without.getCommand()).isEqualTo("error");
        assertThat(without.getMsg()).contains("the script's component Ledger is a storm.StatefulBolt, but the bolt is"
                + " not stateful: put @Stateful on its interface");
        assertThat(with.getMsg()).contains("this bolt is stateful (@Stateful), but the script's component");
        assertThat(with.getMsg()).contains("Make it a storm.StatefulBolt, whose init_state(state) receives the state");
        assertThat(statefulWithout.waitForExit()).isEqualTo(0);
    }

    /** Starts {@code script} as a batch bolt with batches of up to {@code maxSize}, waiting up to {@code maxWaitMs}. */
    private MultilangProcess runBatch(String script, int maxSize, int maxWaitMs) throws Exception {
        return run(script, Map.of(RuntimeConfig.BATCH_MAX_SIZE, maxSize, RuntimeConfig.BATCH_MAX_WAIT_MS, maxWaitMs));
    }

    @Test
    void batchBoltTakesWhatHasArrivedUpToItsSizeAndAcksEachTupleOnce() throws Exception {
        MultilangProcess bolt = runBatch("batch_bolt.py", 3, 0);

        // Five tuples arrive together: a batch of the first three, then one of the other two.
        bolt.sendTuplesInOneWrite(List.of(List.of("1", "a"), List.of("2", "bad"), List.of("3", "early"),
                List.of("4", "d"), List.of("5", "e")));
        List<ShellMsg> first = bolt.read(4);
        List<ShellMsg> second = bolt.read(3);

        // storm.ack of "early" goes at once; batch.fail of "bad" too; the rest when process() returns.
        assertThat(first.get(0).getCommand()).isEqualTo("fail");
        assertThat(first.get(0).getId()).isEqualTo("2");
        assertThat(first.get(1).getCommand()).isEqualTo("ack");
        assertThat(first.get(1).getId()).isEqualTo("3");
        assertThat(first.get(2).getTuple()).isEqualTo(List.of(3, "a,bad,early"));
        assertThat(first.get(2).getAnchors()).containsExactly("1", "3").inOrder();
        assertThat(first.get(3).getCommand()).isEqualTo("ack");
        assertThat(first.get(3).getId()).isEqualTo("1");
        assertThat(second.get(0).getTuple()).isEqualTo(List.of(2, "d,e"));
        assertThat(second.get(0).getAnchors()).containsExactly("4", "5").inOrder();
        assertThat(second.stream().skip(1).map(m -> m.getCommand() + " " + m.getId()))
                .containsExactly("ack 4", "ack 5").inOrder();
    }

    @Test
    void batchBoltWaitsUpToItsMaxWaitForMoreAndATickHandsItWhatIsBuffered() throws Exception {
        MultilangProcess bolt = runBatch("batch_bolt.py", 100, 1_500);

        // Sent apart, within the wait: one batch.
        bolt.sendTuple("1", "a");
        Thread.sleep(200);
        bolt.sendTuple("2", "b");
        ShellMsg byTime = bolt.read();
        bolt.read(2); // the acks
        // A lone tuple goes once the wait is over, not when a batch has filled.
        bolt.sendTuple("3", "c");
        ShellMsg lone = bolt.read();
        bolt.read(); // its ack
        // A tick ends the wait: the tuple gathered goes first, then the tick.
        bolt.sendTuple("4", "d");
        bolt.sendSystemTuple("t1", "__tick", 1);
        List<ShellMsg> ticked = bolt.read(4);

        assertThat(byTime.getTuple()).isEqualTo(List.of(2, "a,b"));
        assertThat(lone.getTuple()).isEqualTo(List.of(1, "c"));
        assertThat(ticked.get(0).getTuple()).isEqualTo(List.of(1, "d"));
        assertThat(ticked.get(1).getId()).isEqualTo("4");
        assertThat(ticked.get(2).getTuple()).isEqualTo(List.of("tick", ""));
        assertThat(ticked.get(2).getAnchors()).containsExactly("t1");
        assertThat(ticked.get(3).getCommand() + " " + ticked.get(3).getId()).isEqualTo("ack t1");
    }

    @Test
    void batchBoltReportsARaiseOnceFailsTheBatchAndRefusesAnEmitWithoutAnchors() throws Exception {
        MultilangProcess bolt = runBatch("batch_bolt.py", 10, 0);

        bolt.sendTuplesInOneWrite(List.of(List.of("1", "a"), List.of("2", "raise"), List.of("3", "c")));
        List<ShellMsg> raised = bolt.read(4);
        bolt.sendTuple("4", "unanchored");
        List<ShellMsg> unanchored = bolt.read(2);
        bolt.sendTuple("5", "after");
        List<ShellMsg> after = bolt.read(2);

        assertThat(raised.get(0).getCommand()).isEqualTo("fail");
        assertThat(raised.stream().limit(3).map(m -> m.getCommand() + " " + m.getId()))
                .containsExactly("fail 1", "fail 2", "fail 3").inOrder();
        assertThat(raised.get(3).getMsg()).contains("ValueError: raised in a batch");
        assertThat(raised.get(3).getMsg()).contains("(in process() of a batch of 3 tuples; the 3 not yet acked were"
                + " failed, so a reliable spout replays them)");
        assertThat(unanchored.get(0).getCommand() + " " + unanchored.get(0).getId()).isEqualTo("fail 4");
        assertThat(unanchored.get(1).getMsg()).contains("EmitError: storm-shellgen: an emit in a BatchBolt's"
                + " process(batch) names the input tuples it is anchored to");
        assertThat(after.get(0).getTuple()).isEqualTo(List.of(1, "after"));
        assertThat(after.get(1).getCommand() + " " + after.get(1).getId()).isEqualTo("ack 5");
    }

    @Test
    void aBatchScriptInABoltWithoutBatchesAndTheOtherWayRoundFailToStart() throws Exception {
        MultilangProcess batchWithout = run("batch_bolt.py");
        ShellMsg without = batchWithout.read();
        MultilangProcess basicWith = runBatch("echo_bolt.py", 10, 0);
        ShellMsg with = basicWith.read();

        assertThat(without.getMsg()).contains("the script's component Words is a storm.BatchBolt, but the bolt takes"
                + " no batches: put @Batch on its interface, or make it a storm.BasicBolt");
        assertThat(with.getMsg()).contains("this bolt takes batches (@Batch), but the script's component");
        assertThat(with.getMsg()).contains("Make it a storm.BatchBolt, whose process(batch) is called with a list");
        assertThat(batchWithout.waitForExit()).isEqualTo(0);
    }

    @Test
    void windowedBoltKeepsTheWindowFromItsNewAndExpiredTuplesAnchorsToItAndAcksIt() throws Exception {
        MultilangProcess bolt = runWindowed("window_bolt.py");

        bolt.sendWindow("w1", List.of(List.of("1", "a"), List.of("2", "b")), List.of("1", "2"), List.of(), null, 500L);
        ShellMsg first = bolt.read();
        ShellMsg firstAck = bolt.read();
        // The second window sends only what is new: the process drops "a" and keeps "b".
        bolt.sendWindow("w2", List.of(List.of("3", "c")), List.of("3"), List.of("1"), 100L, 900L);
        ShellMsg second = bolt.read();
        ShellMsg secondAck = bolt.read();

        assertThat(first.getCommand()).isEqualTo("emit");
        assertThat(first.getTuple()).isEqualTo(java.util.Arrays.asList(List.of("a", "b"), List.of("a", "b"), List.of(),
                null, 500));
        assertThat(first.getAnchors()).containsExactly("w1");
        assertThat(firstAck.getCommand()).isEqualTo("ack");
        assertThat(firstAck.getId()).isEqualTo("w1");
        assertThat(second.getTuple()).isEqualTo(List.of(List.of("b", "c"), List.of("c"), List.of("a"), 100, 900));
        assertThat(second.getAnchors()).containsExactly("w2");
        assertThat(secondAck.getId()).isEqualTo("w2");
    }

    @Test
    void windowedBoltReportsAnExceptionFailsTheWindowAndGoesOn() throws Exception {
        MultilangProcess bolt = runWindowed("window_bolt.py");

        bolt.sendWindow("w1", List.of(List.of("1", "boom")), List.of("1"), List.of(), 0L, 1000L);
        ShellMsg error = bolt.read();
        ShellMsg fail = bolt.read();
        bolt.sendWindow("w2", List.of(List.of("2", "ok")), List.of("2"), List.of(), 500L, 1500L);
        ShellMsg emit = bolt.read();

        assertThat(error.getCommand()).isEqualTo("error");
        assertThat(error.getMsg()).contains("ValueError: boom in a window");
        assertThat(error.getMsg()).contains("(in process() of the window [0, 1000) of 1 tuples, which was failed)");
        assertThat(fail.getCommand()).isEqualTo("fail");
        assertThat(fail.getId()).isEqualTo("w1");
        assertThat(emit.getTuple()).isEqualTo(List.of(List.of("boom", "ok"), List.of("ok"), List.of(), 500, 1500));
    }

    @Test
    void aWindowedBoltScriptInABoltWithoutAWindowAndTheOtherWayRoundFailToStart() throws Exception {
        MultilangProcess windowedWithout = run("window_bolt.py");
        ShellMsg without = windowedWithout.read();
        MultilangProcess basicWith = runWindowed("echo_bolt.py");
        ShellMsg with = basicWith.read();

        assertThat(without.getCommand()).isEqualTo("error");
        assertThat(without.getMsg()).contains("the script's component Firsts is a storm.WindowedBolt, but the bolt"
                + " has no window: put @Window on its interface, or make it a storm.BasicBolt");
        assertThat(with.getMsg()).contains("this bolt has a window (@Window), but the script's component");
        assertThat(with.getMsg()).contains("Make it a storm.WindowedBolt, whose process(window) is called once per"
                + " window");
        assertThat(windowedWithout.waitForExit()).isEqualTo(0); // ended, after saying why
    }

    @Test
    void handshakeAnswersWithThePidAndCreatesThePidFile() throws Exception {
        MultilangProcess process = MultilangProcess.start(resources, ShellgenRuntimeFiles.LAUNCHER, "echo_bolt.py");
        started.add(process);

        long pid = process.handshake(pids, Map.of());

        assertThat(pid).isGreaterThan(0L);
        assertThat(Files.exists(pids.resolve(Long.toString(pid)))).isTrue();
    }

    @Test
    void basicBoltEmitsAnchoredWithoutAskingForTaskIdsThenAcks() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("101", "hello");
        ShellMsg emit = bolt.read();
        ShellMsg ack = bolt.read();

        assertThat(emit.getCommand()).isEqualTo("emit");
        assertThat(emit.getTuple()).containsExactly("HELLO");
        assertThat(emit.getAnchors()).containsExactly("101");
        assertThat(emit.getStream()).isEqualTo("default");
        assertThat(emit.getTask()).isEqualTo(0L);
        assertThat(emit.areTaskIdsNeeded()).isFalse();
        assertThat(ack.getCommand()).isEqualTo("ack");
        assertThat(ack.getId()).isEqualTo("101");
    }

    @Test
    void emitReturnsNoneUnlessTaskIdsAreAskedFor() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "plain");
        List<ShellMsg> plain = bolt.read(3);
        bolt.sendTuple("2", "ask");
        ShellMsg ask = bolt.read();
        bolt.sendTaskIds(4, 7);
        List<ShellMsg> afterTaskIds = bolt.read(2);

        assertThat(plain.get(0).areTaskIdsNeeded()).isFalse();
        assertThat(plain.get(1).getMsg()).isEqualTo("emit returned None");
        assertThat(plain.get(2).getCommand()).isEqualTo("ack");
        assertThat(ask.getCommand()).isEqualTo("emit");
        assertThat(ask.areTaskIdsNeeded()).isTrue();
        // The bolt waited for the task ids: nothing came between the emit and them.
        assertThat(afterTaskIds.get(0).getMsg()).isEqualTo("task ids [4, 7]");
        assertThat(afterTaskIds.get(1).getCommand()).isEqualTo("ack");
    }

    @Test
    void directEmitReachesStormsSerializerAsTheTaskAndDoesNotWaitForTaskIds() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "direct");
        // Storm 2.8.3's JsonSerializer casts "task" to Long, but its JSON parser reads small numbers
        // as Integer (a ClassCastException for storm.py's emitDirect). The runtime sends the task
        // plus 2^32, a Long, and Storm's ShellBolt and ShellSpout emit to (int) of it: the task.
        List<ShellMsg> messages = bolt.read(3);

        assertThat(messages.get(0).getCommand()).isEqualTo("emit");
        assertThat((int) messages.get(0).getTask()).isEqualTo(5);
        assertThat(messages.get(1).getMsg()).isEqualTo("emitDirect returned None");
        assertThat(messages.get(2).getCommand()).isEqualTo("ack");
    }

    @Test
    void emitToAStreamNamesIt() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "stream");

        assertThat(bolt.read().getStream()).isEqualTo("other");
    }

    @Test
    void emitsAreCheckedAgainstTheDeclaredStreamsWhenTheJvmSidePassesThem() throws Exception {
        // As shellgen-runtime passes them: "default" [word], and a direct stream "other" [word].
        MultilangProcess bolt = MultilangProcess.start(Map.of("SHELLGEN_STREAMS",
                        "{\"default\":{\"fields\":[\"word\"],\"direct\":false},"
                                + "\"other\":{\"fields\":[\"word\"],\"direct\":true}}"),
                resources, ShellgenRuntimeFiles.LAUNCHER, "echo_bolt.py");
        started.add(bolt);
        bolt.handshake(pids, Map.of());

        bolt.sendTuple("1", "plain");          // one value to "default": fine
        List<ShellMsg> plain = bolt.read(3);   // emit, log, ack
        bolt.sendTuple("2", "direct");         // emitDirect to "default", which is not direct
        List<ShellMsg> direct = bolt.read(2);  // error, fail
        bolt.sendTuple("3", "stream");         // a regular emit to the direct stream "other"
        List<ShellMsg> stream = bolt.read(2);

        assertThat(plain.get(0).getTuple()).containsExactly("plain");
        assertThat(plain.get(2).getCommand()).isEqualTo("ack");
        assertThat(direct.get(0).getMsg()).contains("storm.EmitError: component \"test\" emitted directly to a task on"
                + " stream \"default\", which is not declared direct.");
        assertThat(direct.get(0).getMsg()).containsMatch("echo_bolt.py\", line \\d+, in process");
        assertThat(direct.get(1).getCommand()).isEqualTo("fail");
        assertThat(stream.get(0).getMsg()).contains("emitted without a task to stream \"other\", which is declared"
                + " direct. Emit with emitDirect (a task id)");
        assertThat(stream.get(1).getCommand()).isEqualTo("fail");
    }

    @Test
    void basicBoltReportsAnExceptionFailsTheTupleAndGoesOn() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "boom");
        List<ShellMsg> failure = bolt.read(2);
        bolt.sendTuple("2", "after");
        List<ShellMsg> after = bolt.read(2);

        assertThat(failure.get(0).getCommand()).isEqualTo("error");
        assertThat(failure.get(0).getMsg()).contains("ValueError: boom");
        assertThat(failure.get(1).getCommand()).isEqualTo("fail");
        assertThat(failure.get(1).getId()).isEqualTo("1");
        assertThat(after.get(0).getTuple()).containsExactly("AFTER");
        assertThat(after.get(1).getCommand()).isEqualTo("ack");
    }

    @Test
    void boltLeavesAckingToTheScriptAndEndsOnAnException() throws Exception {
        MultilangProcess bolt = run("manual_bolt.py");

        bolt.sendTuple("1", "ok");
        List<ShellMsg> acked = bolt.read(2);
        bolt.sendTuple("2", "fail");
        List<ShellMsg> failed = bolt.read(2);
        bolt.sendTuple("3", "boom");
        ShellMsg error = bolt.read();

        assertThat(acked.get(0).getAnchors()).containsExactly("1");
        assertThat(acked.get(1).getCommand()).isEqualTo("ack");
        assertThat(failed.get(1).getCommand()).isEqualTo("fail");
        assertThat(failed.get(1).getId()).isEqualTo("2");
        assertThat(error.getCommand()).isEqualTo("error");
        assertThat(error.getMsg()).contains("ValueError: manual boom");
        assertThat(bolt.waitForExit()).isEqualTo(0);
    }

    @Test
    void heartbeatIsAnsweredWithSync() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendHeartbeat();

        assertThat(bolt.read().getCommand()).isEqualTo("sync");
    }

    @Test
    void spoutAnswersEveryCommandWithSyncAndEmitsWithoutAskingForTaskIds() throws Exception {
        MultilangProcess spout = run("sentence_spout.py");

        ShellMsg conf = spout.read();
        spout.sendSpoutCommand("activate", "");
        List<ShellMsg> activated = spout.read(2);
        spout.sendSpoutCommand("next", "");
        List<ShellMsg> next = spout.read(2);
        spout.sendSpoutCommand("ack", 0);
        List<ShellMsg> acked = spout.read(2);
        spout.sendSpoutCommand("fail", 0);
        List<ShellMsg> failed = spout.read(2);
        spout.sendSpoutCommand("deactivate", "");
        List<ShellMsg> deactivated = spout.read(2);

        assertThat(conf.getMsg()).isEqualTo("conf wordcount.min.length=3");
        assertThat(activated.get(0).getMsg()).isEqualTo("activated");
        assertThat(next.get(0).getCommand()).isEqualTo("emit");
        assertThat(next.get(0).getTuple()).containsExactly("sentence 0");
        assertThat(((Number) next.get(0).getId()).intValue()).isEqualTo(0);
        assertThat(next.get(0).areTaskIdsNeeded()).isFalse();
        assertThat(acked.get(0).getMsg()).isEqualTo("acked 0");
        assertThat(failed.get(0).getMsg()).isEqualTo("failed 0");
        assertThat(deactivated.get(0).getMsg()).isEqualTo("deactivated");
        for (List<ShellMsg> answer : List.of(activated, next, acked, failed, deactivated)) {
            assertThat(answer.get(1).getCommand()).isEqualTo("sync");
        }
    }

    @Test
    void printAndDescriptorOneDoNotTouchTheProtocol() throws Exception {
        MultilangProcess bolt = run("print_bolt.py");

        ShellMsg printedAtImport = bolt.read();
        bolt.sendTuple("1", "x");
        List<ShellMsg> messages = bolt.read(5);

        assertThat(printedAtImport.getCommand()).isEqualTo("log");
        assertThat(printedAtImport.getMsg()).isEqualTo("printed at import");
        assertThat(messages.get(0).getMsg()).isEqualTo("printing x");
        assertThat(messages.get(1).getMsg()).isEqualTo("no line break yet ...now");
        assertThat(messages.get(2).getMsg()).isEqualTo("stdin reads ''");
        assertThat(messages.get(3).getCommand()).isEqualTo("emit");
        assertThat(messages.get(4).getCommand()).isEqualTo("ack");
        assertThat(bolt.closeAndWait()).isEqualTo(0);
        assertThat(bolt.stderr()).contains("written to descriptor 1");
        assertThat(bolt.stderr()).contains("printed by a child process");
    }

    @Test
    void whatAScriptPrintedBeforeFailingToStartGoesToStderr() throws Exception {
        // Storm then reports a broken pipe with the process's stderr: the print explains, with the traceback.
        MultilangProcess crashed = MultilangProcess.start(resources, ShellgenRuntimeFiles.LAUNCHER, "crash_bolt.py");
        started.add(crashed);
        // The launcher reads the setup message before it imports the script; Storm's JSON one offers
        // no early answer, so the script fails before the handshake is answered.
        crashed.sendSetup(pids, Map.of());

        assertThat(crashed.waitForExit()).isEqualTo(1);
        assertThat(crashed.stderr()).contains("RuntimeError: failed before the handshake");
        assertThat(crashed.stderr()).contains("about to fail");
    }

    @Test
    void messagesOfOneBatchGoInOneWrite() throws Exception {
        Path record = root.resolve("writes.txt");
        MultilangProcess bolt = MultilangProcess.start(resources, "write_probe.py", record.toString(), "echo_bolt.py");
        started.add(bolt);
        bolt.handshake(pids, Map.of());

        // One write of three tuples (well under the pipe's atomic size): the bolt reads them at once.
        bolt.sendTuplesInOneWrite(List.of(List.of("1", "a"), List.of("2", "b"), List.of("3", "c")));
        List<ShellMsg> answers = bolt.read(6);
        bolt.sendHeartbeat();
        ShellMsg sync = bolt.read();
        assertThat(bolt.closeAndWait()).isEqualTo(0);

        assertThat(answers.stream().map(ShellMsg::getCommand).toList())
                .containsExactly("emit", "ack", "emit", "ack", "emit", "ack").inOrder();
        assertThat(sync.getCommand()).isEqualTo("sync");
        // Messages per write: the pid; three emits and three acks; the sync.
        assertWithMessage("messages in each write, stderr: %s", bolt.stderr())
                .that(Files.readString(record, UTF_8)).isEqualTo("1 6 1");
    }

    @Test
    void flushSendsAtOnce() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "flush");
        ShellMsg first = bolt.read();
        Files.createFile(resources.resolve("go"));
        List<ShellMsg> rest = bolt.read(2);

        assertThat(first.getTuple()).containsExactly("first");
        assertThat(rest.get(0).getTuple()).containsExactly("second");
        assertThat(rest.get(1).getCommand()).isEqualTo("ack");
    }

    @Test
    void emitsFromSeveralThreadsArriveWhole() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");

        bolt.sendTuple("1", "threads");
        List<ShellMsg> messages = bolt.read(1001);

        assertThat(messages.subList(0, 1000).stream().map(m -> m.getCommand()).distinct().toList())
                .containsExactly("emit");
        assertThat(messages.subList(0, 1000).stream().map(m -> (String) m.getTuple().get(0)).distinct().count())
                .isEqualTo(1000);
        assertThat(messages.get(1000).getCommand()).isEqualTo("ack");
    }

    @Test
    void stormClosingThePipeEndsTheProcessQuietly() throws Exception {
        MultilangProcess bolt = run("echo_bolt.py");
        bolt.sendTuple("1", "x");
        bolt.read(2);

        assertThat(bolt.closeAndWait()).isEqualTo(0);
        assertThat(bolt.stderr()).isEmpty();
    }

    @Test
    void scriptRunsAsMainFromItsFolderWithTheRuntimeAsStorm() throws Exception {
        MultilangProcess bolt = run("bolts/neighbour_bolt.py");

        bolt.sendTuple("1", "x");
        ShellMsg log = bolt.read();

        // resources/storm.py (Storm's, for STOCK components) raises if imported; the runtime won.
        assertThat(log.getMsg()).contains("storm is " + resources.resolve("shellgen/storm.py").toRealPath());
        assertThat(log.getMsg()).contains("helper says hello from bolts/helper.py");
        assertThat(log.getMsg()).contains("argv ['bolts/neighbour_bolt.py']");
        assertThat(log.getMsg()).contains("name __main__");
        assertThat(bolt.read().getCommand()).isEqualTo("emit");
    }
}
