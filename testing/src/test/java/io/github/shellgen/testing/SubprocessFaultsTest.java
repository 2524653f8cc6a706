package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.shellgen.testing.topologies.FaultsTopology;
import io.github.shellgen.testing.topologies.NodeFaultsTopology;
import io.github.shellgen.testing.topologies.StockFaultsTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite: a reliable topology (numbers.py replays every failed number; faulty.py doubles
 * them) on a real in-process cluster, with one fault caused for real in the bolt's python3
 * process. Where the fault is recoverable the results are exact (every number doubled, every tree
 * acked, none lost), the fault is reported once with the script and the cause, the log holds a
 * line or two for it, and no process is left.
 */
class SubprocessFaultsTest {

    private static final int COUNT = 20;
    private static final int TRIGGER = 7;
    private static final String SCRIPT = "faulty.py";

    @TempDir
    Path dir;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    /** A run of a faults topology, with what it logged at WARN or worse (and the runtime's INFO). */
    private record Faulted(TopologyRun run, List<String> log) {

        /** The errors the faulty bolt reported. */
        List<ReportedError> errors() {
            return run.errors().stream().filter(e -> e.component().equals("faulty")).toList();
        }

        /** The log lines of the failures: the runtime's reports (through Storm's ReportError) and warnings. */
        List<String> failureLines() {
            return log.stream().filter(line -> !line.startsWith("INFO")).toList();
        }
    }

    private LocalTopology faults(Class<?> topology, String mode) {
        return LocalTopology.of(topology)
                .withConfig("faults.mode", mode)
                .withConfig("faults.dir", dir.toString())
                .withConfig("faults.count", COUNT)
                .withConfig("faults.trigger", TRIGGER)
                // Every tree is acked or failed for good when the run's verdict is due: one quiet second
                // (not the default three) shows nothing more comes, in each of the suite's runs.
                .quietPeriod(Duration.ofSeconds(1))
                .timeLimit(Duration.ofSeconds(90));
    }

    private static Faulted run(LocalTopology topology) throws Exception {
        try (ErrorLog log = new ErrorLog(Level.INFO)) {
            TopologyRun run = topology.run();
            return new Faulted(run, log.errors().stream()
                    .filter(line -> !line.startsWith("INFO") || line.contains("io.github.shellgen.runtime"))
                    .filter(line -> !line.contains("ShellLog"))
                    .toList());
        }
    }

    /** Every number doubled, every tree acked at last, none failed for good. */
    private static void assertExact(TopologyRun run) {
        assertThat(run.succeeded()).isTrue();
        assertThat(run.treesAcked()).isEqualTo(COUNT);
        assertThat(run.treesFailedForGood()).isEqualTo(0);
        Set<List<Object>> doubled = new HashSet<>(run.emitted("faulty"));
        assertThat(doubled).containsExactlyElementsIn(IntStream.range(0, COUNT)
                .mapToObj(n -> List.<Object>of(n, 2 * n))
                .collect(Collectors.toSet()));
    }

    /** One report of the failure, naming the component, the script, the pid, the cause and what comes next. */
    private static ReportedError assertReportedOnce(Faulted faulted, String cause) {
        List<ReportedError> errors = faulted.errors();
        assertThat(errors).hasSize(1);
        ReportedError error = errors.get(0);
        assertThat(error.message()).contains("bolt \"faulty\" (FaultsFaultyBolt");
        assertThat(error.message()).contains(SCRIPT);
        assertThat(error.message()).containsMatch("its subprocess \\(pid \\d+, `python3 shellgen/run.py faulty.py`\\)");
        assertThat(error.message()).contains(cause);
        assertThat(error.message()).contains("Restarting it now (restart 1 of at most 5 within a minute).");
        // One ERROR for it, and one INFO line saying the subprocess was restarted, with its new pid.
        assertThat(faulted.failureLines()).hasSize(1);
        assertThat(faulted.log().stream().filter(line -> line.contains("restarted its subprocess: pid")).count())
                .isEqualTo(1);
        return error;
    }

    @Test
    void aProcessThatExitsIsRestartedAndItsTuplesReplayed() throws Exception {
        Faulted faulted = run(faults(FaultsTopology.class, "exit"));

        assertExact(faulted.run());
        ReportedError error = assertReportedOnce(faulted, ") exited with status 3.");
        assertThat(error.message()).containsMatch("(The tuple it held was failed, so a reliable spout replays it|\\d+"
                + " tuples it held were failed, so a reliable spout replays them)\\.");
        assertThat(error.message()).contains("Its last lines on standard error:\n    faulty.py: committing fault exit on 7");
        assertThat(faulted.run().treesFailed()).isAtLeast(1);
    }

    @Test
    void aSpoutProcessThatExitsIsRestartedAndTheNewOneStartsAfresh() throws Exception {
        // The new process loads for 3 s, longer than the run's quiet period (1 s): a run is not over
        // while a subprocess restarts.
        Faulted faulted = run(faults(FaultsTopology.class, "none").withConfig("faults.spout", "exit")
                .withConfig("faults.restart.load.secs", 3));

        // The new numbers.py emits every number again: each is doubled, some twice.
        Set<List<Object>> doubled = new HashSet<>(faulted.run().emitted("faulty"));
        assertThat(doubled).containsExactlyElementsIn(IntStream.range(0, COUNT)
                .mapToObj(n -> List.<Object>of(n, 2 * n))
                .collect(Collectors.toSet()));
        assertThat(faulted.run().treesAcked()).isAtLeast(COUNT);
        assertThat(faulted.run().treesFailedForGood()).isEqualTo(0);
        List<ReportedError> errors = faulted.run().errors();
        assertThat(errors).hasSize(1);
        String message = errors.get(0).message();
        assertThat(message).containsMatch("spout \"numbers\" \\(FaultsNumbersSpout, task \\d+\\): its subprocess"
                + " \\(pid \\d+, `python3 shellgen/run.py numbers.py`\\) exited with status 4.");
        // The spout's own budget (its component configuration), not the default the bolt has.
        assertThat(message).contains("Restarting it now (restart 1 of at most 3 within a minute).");
        assertThat(message).contains("numbers.py: exiting after 7");
        assertThat(faulted.failureLines()).hasSize(1);
    }

    @Test
    void aSpoutProcessThatHangsIsKilledAfterTheSubprocessTimeoutAndRestarted() throws Exception {
        Faulted faulted = run(faults(FaultsTopology.class, "none").withConfig("faults.spout", "hang")
                .withConfig("topology.subprocess.timeout.secs", 2));

        Set<List<Object>> doubled = new HashSet<>(faulted.run().emitted("faulty"));
        assertThat(doubled).hasSize(COUNT);
        assertThat(faulted.run().treesFailedForGood()).isEqualTo(0);
        List<ReportedError> errors = faulted.run().errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).contains("`python3 shellgen/run.py numbers.py`) sent nothing for 2 s, not"
                + " even an answer to a heartbeat (topology.subprocess.timeout.secs), and was killed.");
        assertThat(errors.get(0).message()).contains("numbers.py: hanging after 7");
    }

    @Test
    void aNodeProcessThatExitsIsRestartedAndItsTuplesReplayed() throws Exception {
        Faulted faulted = run(faults(NodeFaultsTopology.class, "none"));

        assertExact(faulted.run());
        List<ReportedError> errors = faulted.errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).containsMatch("bolt \"faulty\" \\(NodeFaultsFaultyBolt, task \\d+\\): its"
                + " subprocess \\(pid \\d+, `node faulty.js`\\) exited with status 3\\.");
        assertThat(errors.get(0).message()).contains("faulty.js: exiting on 7");
        assertThat(faulted.failureLines()).hasSize(1);
    }

    @Test
    void aProcessKilledWithSigkillIsRestartedAndItsTuplesReplayed() throws Exception {
        Path pidFile = dir.resolve("pid");
        Thread killer = new Thread(() -> {
            try {
                while (!Files.exists(pidFile)) {
                    Thread.sleep(20);
                }
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.setDaemon(true);
        killer.start();

        Faulted faulted = run(faults(FaultsTopology.class, "kill"));

        assertExact(faulted.run());
        assertReportedOnce(faulted, "was killed by signal 9 (SIGKILL) (exit status 137).");
    }

    @Test
    void aProcessThatHangsIsKilledAfterTheSubprocessTimeoutAndRestarted() throws Exception {
        Faulted faulted = run(faults(FaultsTopology.class, "hang").withConfig("topology.subprocess.timeout.secs", 2));

        assertExact(faulted.run());
        assertReportedOnce(faulted, "sent nothing for 2 s, not even an answer to a heartbeat"
                + " (topology.subprocess.timeout.secs), and was killed.");
    }

    @Test
    void garbageOnTheProtocolPipeIsAProtocolFailureAndTheProcessIsRestarted() throws Exception {
        // On Storm's storm.py, print() writes to the protocol's pipe.
        Faulted faulted = run(faults(StockFaultsTopology.class, "garbage"));

        String message = exactWithOneError(faulted);
        assertThat(message).contains("`python3 faulty.py`) broke the multilang protocol: wrote"
                + " something that is not a message Storm understands");
        assertThat(message).contains("Restarting it now");
    }

    @Test
    void garbageInsteadOfAFrameIsAProtocolFailureAndTheProcessIsRestarted() throws Exception {
        // On storm-shellgen's runtime the JVM side reads frames: text where a frame starts is named.
        Faulted faulted = run(faults(FaultsTopology.class, "rawgarbage"));

        assertExact(faulted.run());
        assertReportedOnce(faulted, "broke the multilang protocol: wrote something that is not a message Storm"
                + " understands (NotAFrameException: expected a frame (byte 0xF5), read byte 0x66, the start of"
                + " \"faulty.py got 7\")");
    }

    @Test
    void aTupleTheJvmCannotWriteKillsTheProcessWhichIsRestartedAndItsTuplesReplayed() throws Exception {
        // The bolt's writer thread catches the serializer's exception: before, it waited for a restart
        // that never came, until the heartbeat timeout killed a healthy process.
        RefusingSerializer.REFUSED.set(false);
        Faulted faulted = run(faults(FaultsTopology.class, "none")
                .withConfig("topology.multilang.serializer", RefusingSerializer.class.getName()));

        assertExact(faulted.run());
        assertThat(RefusingSerializer.REFUSED.get()).isTrue();
        List<ReportedError> errors = faulted.errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).message()).containsMatch("its subprocess \\(pid \\d+, `python3 shellgen/run.py"
                + " faulty.py`\\) could not be sent a message \\(IllegalArgumentException: cannot write \\[7\\]\\), and"
                + " was killed\\.");
        assertThat(errors.get(0).message()).contains("Restarting it now (restart 1 of at most 5 within a minute).");
    }

    @Test
    void aMessageLargerThanTheLimitIsAProtocolFailureNotAFullHeap() throws Exception {
        // On storm-shellgen's runtime the message travels in a frame of its own, refused by its length.
        Faulted faulted = run(faults(FaultsTopology.class, "big")
                .withConfig("shellgen.multilang.max.message.bytes", 1 << 20));

        assertExact(faulted.run());
        assertReportedOnce(faulted, "bytes, larger than 1048576 bytes (shellgen.multilang.max.message.bytes).");
        assertThat(faulted.errors().get(0).message()).containsMatch("`python3 shellgen/run.py faulty.py`\\) sent a"
                + " frame of 20971\\d\\d bytes");
    }

    @Test
    void aMessageLargerThanTheLimitOnStormsStormPyIsAProtocolFailureNotAFullHeap() throws Exception {
        Faulted faulted = run(faults(StockFaultsTopology.class, "big")
                .withConfig("shellgen.multilang.max.message.bytes", 1 << 20));

        assertThat(exactWithOneError(faulted)).contains("`python3 faulty.py`) sent a message larger than 1048576"
                + " bytes without its closing \"end\" line (shellgen.multilang.max.message.bytes).");
    }

    @Test
    void aCrashLoopPastTheRestartBudgetStopsTheRunNamingTheScriptAndTheBudget() throws Exception {
        ComponentStoppedException stopped = assertThrows(ComponentStoppedException.class,
                () -> run(faults(FaultsTopology.class, "crashloop")
                        .withConfig("shellgen.subprocess.restarts.per.minute", 2)));

        assertThat(stopped).hasMessageThat().contains("faulty (python3 shellgen/run.py faulty.py) gave up on its"
                + " subprocess");
        assertThat(stopped).hasMessageThat().contains("exited with status 3.");
        assertThat(stopped).hasMessageThat().contains("Giving up: this is failure 3 within a minute, past the budget"
                + " of 2 restarts a minute (shellgen.subprocess.restarts.per.minute).");
        assertThat(stopped).hasMessageThat().contains("faulty.py: committing fault crashloop on 7");
        assertThat(stopped.run().report()).contains("(stopped: a component gave up on its subprocess)");
        List<ReportedError> errors = stopped.run().errors().stream()
                .filter(e -> e.component().equals("faulty"))
                .toList();
        // Restart now, restart after 1 s, give up: three reports, one per failure.
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).message()).contains("Restarting it now (restart 1 of at most 2 within a minute).");
        assertThat(errors.get(1).message()).contains("Restarting it in 1 s (restart 2 of at most 2 within a minute).");
    }

    @Test
    void aPythonExceptionIsReportedAndItsTupleFailedAndReplayedWithoutARestart() throws Exception {
        Faulted faulted = run(faults(FaultsTopology.class, "exception"));

        assertThat(exactWithOneError(faulted)).contains("ValueError: faulty.py cannot take 7");
        assertThat(faulted.log().stream().filter(line -> line.contains("restarted its subprocess")).count())
                .isEqualTo(0);
    }

    @Test
    void aWrongArityEmitFailsAtTheEmittingLineOnTheShellgenRuntime() throws Exception {
        String message = exactWithOneError(run(faults(FaultsTopology.class, "arity")));

        assertThat(message).containsMatch("faulty.py\", line \\d+, in commit\\s+storm.emit\\(\\[n\\]\\)");
        assertThat(message).contains("EmitError: component \"faulty\" emitted 1 value [7] to stream \"default\","
                + " which declares 2 fields ['n', 'double']. Emit one value per declared field, in that order");
    }

    @Test
    void anEmitToAnUndeclaredStreamFailsAtTheEmittingLineOnTheShellgenRuntime() throws Exception {
        String message = exactWithOneError(run(faults(FaultsTopology.class, "stream")));

        assertThat(message).contains("EmitError: component \"faulty\" emitted 2 values [7, 14] to"
                + " stream \"nowhere\", which it does not declare; it declares \"default\" ['n', 'double'].");
    }

    @Test
    void aWrongArityEmitOfStormsOwnStormPyIsRejectedOnTheJvmSideAndItsTupleFailed() throws Exception {
        String message = exactWithOneError(run(faults(StockFaultsTopology.class, "arity")));

        assertThat(message).matches("storm-shellgen: bolt \"faulty\" \\(StockFaultsFaultyBolt, task \\d+\\)"
                + " \\(`python3 faulty.py`\\) emitted 1 value \\[7\\] to stream \"default\", which declares 2 fields"
                + " \\[n, double\\]. Emit one value per declared field, in that order. The emit was dropped and the"
                + " tuple it was anchored to failed.");
    }

    @Test
    void anEmitToAnUndeclaredStreamOfStormsOwnStormPyIsRejectedOnTheJvmSide() throws Exception {
        String message = exactWithOneError(run(faults(StockFaultsTopology.class, "stream")));

        assertThat(message).contains("emitted 2 values [7, 14] to stream \"nowhere\", which it does not declare;"
                + " it declares \"default\" [n, double].");
    }

    /** Asserts the results are exact and the faulty bolt reported one error; returns its message. */
    private static String exactWithOneError(Faulted faulted) {
        assertExact(faulted.run());
        List<ReportedError> errors = faulted.errors();
        assertThat(errors).hasSize(1);
        assertThat(faulted.failureLines()).hasSize(1);
        return errors.get(0).message();
    }
}
