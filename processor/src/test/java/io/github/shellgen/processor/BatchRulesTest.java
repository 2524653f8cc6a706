package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.shellgen.diagram.TopologyGraph;
import io.github.shellgen.runtime.RuntimeConfig;
import io.github.shellgen.runtime.SupervisedShellComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bolt's {@code @Batch} ({@code validate/BatchRules}): where it may be and its two limits, each
 * diagnostic on the exact value; then what a valid batch bolt generates.
 */
class BatchRulesTest {

    @TempDir
    Path dir;

    /** A topology "b" with {@code topologyMembers}: a spout Sentences, then {@code body}. */
    private static JavaFileObject topology(String topologyMembers, String... body) {
        return Shellgen.topologyWithSentencesAndMembers("b", topologyMembers, body);
    }

    /** A Python bolt Words on Sentences with {@code batch} (an annotation), and {@code boltMembers}. */
    private static JavaFileObject batchBolt(String batch, String... boltMembers) {
        String members = boltMembers.length == 0 ? "" : ", " + String.join(", ", boltMembers);
        return topology("",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\"" + members + ")",
                "    " + batch,
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Words {}");
    }

    private void assertOneError(JavaFileObject source, String text, String line) {
        Shellgen.assertOneError(dir, source, text, line);
    }

    @Test
    void aBatchSpout() {
        assertOneError(topology("",
                        "    @PythonSpout(script = \"sentencespout.py\", fields = \"n\")",
                        "    @Batch",
                        "    interface More {}"),
                "[BatchPlacement] @Batch is on @PythonSpout More: a spout has no input to batch", "@Batch");
    }

    @Test
    void aBatchInterfaceThatIsNotAComponent() {
        JavaFileObject source = topology("", "    @Batch", "    interface Nothing {}");
        Compilation compilation = Shellgen.compileTopology(dir, source);
        assertThat(compilation).hadErrorContaining("[BatchPlacement] @Batch is on test.B.Nothing, which is not a"
                + " component").inFile(source).onLineContaining("@Batch");
    }

    @Test
    void aBatchBoltOnStormsStormPy() {
        assertOneError(batchBolt("@Batch", "runtime = PythonRuntime.STOCK"),
                "[BatchRuntime] @Batch is on Words, which runs on Storm's storm.py (runtime = STOCK)", "@Batch");
    }

    @Test
    void aBatchBoltWithAWindowOrState() {
        assertOneError(topology("",
                        "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                        "    @Batch",
                        "    @Window(length = \"10s\")",
                        "    @ShuffleGrouping(from = Sentences.class)",
                        "    interface Words {}"),
                "[BatchWindow] Words has both @Batch and @Window", "@Batch");
        assertOneError(topology("stateProvider = org.apache.storm.state.InMemoryKeyValueStateProvider.class",
                        "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                        "    @Batch",
                        "    @Stateful",
                        "    @ShuffleGrouping(from = Sentences.class)",
                        "    interface Words {}"),
                "[BatchStateful] Words has both @Batch and @Stateful: a stateful batch bolt is not supported yet",
                "@Batch");
    }

    @Test
    void aSizeOutOfRange() {
        assertOneError(batchBolt("@Batch(maxSize = 0)"),
                "[BatchSize] @Batch maxSize = 0 is not between 1 and 100000", "maxSize = 0");
        assertOneError(batchBolt("@Batch(maxSize = 1000000)"),
                "[BatchSize] @Batch maxSize = 1000000 is not between 1 and 100000", "maxSize = 1000000");
    }

    @Test
    void aWaitThatIsNotADurationOrNotShorterThanTheMessageTimeout() {
        assertOneError(batchBolt("@Batch(maxWait = \"soon\")"),
                "[BatchWait] @Batch maxWait = \"soon\" is not a duration", "maxWait = \"soon\"");
        assertOneError(batchBolt("@Batch(maxWait = \"5 tuples\")"),
                "[BatchWait] @Batch maxWait = \"5 tuples\" is not a duration", "maxWait = \"5 tuples\"");
        assertOneError(batchBolt("@Batch(maxWait = \"30s\")"),
                "[BatchWait] @Batch maxWait = \"30s\" is not shorter than the topology's message timeout of 30 s"
                        + " (Storm's default, as messageTimeoutSecs is not set)", "maxWait = \"30s\"");
    }

    @Test
    void aBatchBoltTellsItsSubprocessItsLimitsAndTheDiagramShowsThem() throws Exception {
        Compilation compilation = Shellgen.compileTopology(dir,
                batchBolt("@Batch(maxSize = 256, maxWait = \"20ms\")"));
        assertThat(compilation).succeededWithoutWarnings();

        GeneratedClassLoader loader = new GeneratedClassLoader(compilation);
        SupervisedShellComponent bolt = (SupervisedShellComponent) loader.loadClass("test.BWordsBolt")
                .getConstructor().newInstance();
        Map<String, Object> launch = bolt.shellCommand().launchConfig();
        assertThat(launch).containsEntry(RuntimeConfig.BATCH_MAX_SIZE, 256);
        assertThat(launch).containsEntry(RuntimeConfig.BATCH_MAX_WAIT_MS, 20);

        String graph = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, TopologyGraph.resource("b"))
                .orElseThrow().openInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(TopologyGraph.parse(graph).nodes().stream().map(node -> node.id() + ": " + node.window()))
                .contains("words: batches of up to 256, waiting up to 20ms");
    }
}
