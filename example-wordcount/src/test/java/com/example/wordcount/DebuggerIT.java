package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.example.wordcount.local.LocalWordCount;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A Python component debugged as a user debugs it: the word count runs with its splitter's process
 * under debugpy ({@code LocalTopology.debug}, what {@code shellgen:run -Dshellgen.debug=splitter}
 * does), and a client of the Debug Adapter Protocol (what VS Code speaks) attaches, sets a
 * breakpoint on the splitter's emit line in the source file, stops there, reads the tuple being
 * split, stays stopped past the run's heartbeat timeout, and continues. The run then ends by itself,
 * every word counted exactly, with no error reported (the silent process was not killed), and no
 * debugger process is left. debugpy comes from the Python tests' packages (src/test/python/requirements.txt).
 */
class DebuggerIT {

    /** The subprocess timeout of the run: the other processes answer heartbeats within it. */
    private static final int HEARTBEAT_TIMEOUT_SECS = 5;
    private static final Path SCRIPT = Path.of("src", "main", "resources", "resources", "splitbolt.py")
            .toAbsolutePath();

    @Test
    void aDapClientStopsAtABreakpointInTheScriptAndTheRunStaysExact() throws Exception {
        assertWithMessage("debugpy installed by shellgen:python-test into target/shellgen/test-packages")
                .that(Files.isDirectory(Path.of("target", "shellgen", "test-packages", "debugpy"))).isTrue();
        int emitLine = lineOf("storm.emit([word])");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> sentences = Files.readAllLines(SCRIPT.resolveSibling("sentences.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        CompletableFuture<TopologyRun> running = CompletableFuture.supplyAsync(() -> {
            try {
                return LocalTopology.of(WordCountTopology.class).debug(WordCountSplitterBolt.ID, port)
                        .withConfig("topology.subprocess.timeout.secs", HEARTBEAT_TIMEOUT_SECS)
                        .quietPeriod(Duration.ofSeconds(1)).timeLimit(Duration.ofSeconds(150)).run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (DapClient dap = DapClient.connect(port, Duration.ofSeconds(90))) {
            dap.request("initialize", Map.of("clientID", "shellgen-test", "adapterID", "debugpy",
                    "pathFormat", "path", "linesStartAt1", true, "columnsStartAt1", true));
            int attach = dap.send("attach", Map.of("justMyCode", true));
            dap.event("initialized");
            Map<String, Object> set = dap.request("setBreakpoints", Map.of(
                    "source", Map.of("path", SCRIPT.toString()), "breakpoints", List.of(Map.of("line", emitLine))));
            assertThat(((Map<?, ?>) ((List<?>) set.get("breakpoints")).get(0)).get("verified")).isEqualTo(true);
            dap.request("configurationDone", Map.of());
            dap.response(attach);

            Map<String, Object> stopped = dap.event("stopped");
            assertThat(stopped.get("reason")).isEqualTo("breakpoint");
            long thread = ((Number) stopped.get("threadId")).longValue();
            Map<?, ?> top = (Map<?, ?>) ((List<?>) dap.request("stackTrace", Map.of("threadId", thread))
                    .get("stackFrames")).get(0);
            assertThat(((Map<?, ?>) top.get("source")).get("path")).isEqualTo(SCRIPT.toString());
            assertThat(((Number) top.get("line")).intValue()).isEqualTo(emitLine);
            assertThat(top.get("name")).isEqualTo("process");
            // The tuple being split, read in the stopped frame: one of the text's sentences.
            Map<String, Object> value = dap.request("evaluate", Map.of("expression", "tup.values[0]",
                    "frameId", top.get("id"), "context", "watch"));
            assertThat(sentences).contains(unquote((String) value.get("result")));

            // Stopped past the heartbeat timeout: a process under the debugger is not killed for its silence.
            Thread.sleep(TimeUnit.SECONDS.toMillis(HEARTBEAT_TIMEOUT_SECS + 2));
            dap.request("setBreakpoints", Map.of("source", Map.of("path", SCRIPT.toString()), "breakpoints", List.of()));
            dap.request("continue", Map.of("threadId", thread));
            dap.request("disconnect", Map.of("terminateDebuggee", false));
        }
        TopologyRun run = running.get(150, TimeUnit.SECONDS);

        assertThat(run.succeeded()).isTrue();
        assertThat(run.treesAcked()).isEqualTo(sentences.size());
        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(run.errors()).isEmpty();
        assertThat(LocalWordCount.finalCounts(run.emitted(WordCountCounterBolt.ID)))
                .containsExactlyEntriesIn(ExpectedCounts.ofExampleText());
        // The debugger's adapter process ended with the run (debugpy starts one beside the python3).
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("debugpy"))
                .filter(p -> p.info().commandLine().orElse("").contains(String.valueOf(port)))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
        assertThat(left).isEmpty();
    }

    private static int lineOf(String code) throws Exception {
        List<String> lines = Files.readAllLines(SCRIPT);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(code)) {
                return i + 1;
            }
        }
        throw new AssertionError(code + " is not a line of " + SCRIPT);
    }

    /** A Python str's repr, as the debugger shows it, without its quotes. */
    private static String unquote(String repr) {
        return repr.substring(1, repr.length() - 1).replace("\\'", "'");
    }
}
