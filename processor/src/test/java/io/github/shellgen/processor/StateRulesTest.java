package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.shellgen.processor.model.StateModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.spout.CheckpointSpout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bolt's {@code @Stateful} and the topology's state attributes ({@code validate/StateRules}): where
 * {@code @Stateful} may be, the provider, its configuration and the checkpoint interval, each
 * diagnostic on the exact value; then what a valid stateful topology generates.
 */
class StateRulesTest {

    private static final String MEMORY = "org.apache.storm.state.InMemoryKeyValueStateProvider.class";

    @TempDir
    Path dir;

    /** A topology "s" with {@code topologyMembers}: a spout Sentences (fields id, sentence), then {@code body}. */
    private static JavaFileObject topology(String topologyMembers, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "@Topology(name = \"s\"" + (topologyMembers.isEmpty() ? "" : ", " + topologyMembers) + ")",
                "public interface S {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = {\"id\", \"sentence\"})",
                "    interface Sentences {}",
                ""));
        lines.addAll(List.of(body));
        lines.add("}");
        return Shellgen.testSource("S", lines.toArray(String[]::new));
    }

    /** A stateful Python bolt Counts on Sentences, in a topology with {@code topologyMembers}. */
    private static JavaFileObject stateful(String topologyMembers, String... boltMembers) {
        String members = boltMembers.length == 0 ? "" : ", " + String.join(", ", boltMembers);
        return topology(topologyMembers,
                "    @PythonBolt(script = \"countbolt.py\", fields = {\"word\", \"count\"}" + members + ")",
                "    @Stateful",
                "    @FieldsGrouping(from = Sentences.class, fields = \"id\")",
                "    interface Counts {}");
    }

    private Compilation compile(JavaFileObject source) {
        return Shellgen.compileTopology(dir, source);
    }

    private void assertOneError(JavaFileObject source, String text, String line) {
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
    }

    @Test
    void aStatefulSpout() {
        assertOneError(topology("stateProvider = " + MEMORY,
                        "    @PythonSpout(script = \"sentencespout.py\", fields = \"n\")",
                        "    @Stateful",
                        "    interface More {}"),
                "[StatefulPlacement] @Stateful is on @PythonSpout More: Storm checkpoints the state of bolts only",
                "@Stateful");
    }

    @Test
    void aStatefulInterfaceThatIsNotAComponent() {
        JavaFileObject source = topology("", "    @Stateful", "    interface Nothing {}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("[StatefulPlacement] @Stateful is on test.S.Nothing, which is not a"
                + " component").inFile(source).onLineContaining("@Stateful");
    }

    @Test
    void aStatefulBoltOnStormsStormPy() {
        assertOneError(stateful("stateProvider = " + MEMORY, "runtime = PythonRuntime.STOCK"),
                "[StatefulRuntime] @Stateful is on Counts, which runs on Storm's storm.py (runtime = STOCK)",
                "@Stateful");
    }

    @Test
    void aStatefulWindowedBolt() {
        assertOneError(topology("stateProvider = " + MEMORY,
                        "    @PythonBolt(script = \"countbolt.py\", fields = {\"word\", \"count\"})",
                        "    @Stateful",
                        "    @Window(length = \"10s\")",
                        "    @ShuffleGrouping(from = Sentences.class)",
                        "    interface Counts {}"),
                "[StatefulWindow] Counts has both @Stateful and @Window", "@Stateful");
    }

    @Test
    void aStatefulBoltWithoutAProvider() {
        assertOneError(stateful(""), "[StateProvider] @Topology of S has stateful bolts (counts) but names no"
                + " stateProvider", "@Topology(");
    }

    @Test
    void aProviderWithoutAStatefulBolt() {
        assertOneError(topology("stateProvider = " + MEMORY,
                        "    @PythonBolt(script = \"countbolt.py\", fields = \"n\")",
                        "    @ShuffleGrouping(from = Sentences.class)",
                        "    interface Counts {}"),
                "[StateProvider] @Topology stateProvider = \"InMemoryKeyValueStateProvider.class\" is set, but no"
                        + " bolt of S has @Stateful: Storm would checkpoint nothing", "@Topology(");
    }

    @Test
    void aProviderThatIsNotAStateProvider() {
        assertOneError(stateful("stateProvider = java.util.ArrayList.class"),
                "org.apache.storm.state.StateProvider", "@Topology(");
    }

    @Test
    void aProviderConfigurationThatIsNotAJsonObject() {
        assertOneError(stateful("stateProvider = " + MEMORY + ", stateConfig = \"host=localhost\""),
                "[StateConfig] @Topology stateConfig = \"host=localhost\" is not a JSON object", "@Topology(");
    }

    @Test
    void aCheckpointIntervalThatIsNotADuration() {
        assertOneError(stateful("stateProvider = " + MEMORY + ", checkpointEvery = \"10 tuples\""),
                "[StateCheckpoint] @Topology checkpointEvery = \"10 tuples\" is not a positive duration",
                "@Topology(");
    }

    @Test
    void aCheckpointIntervalNotShorterThanTheMessageTimeout() {
        assertOneError(stateful("stateProvider = " + MEMORY + ", checkpointEvery = \"30s\""),
                "[StateCheckpoint] @Topology checkpointEvery = \"30s\" is not shorter than the topology's message"
                        + " timeout of 30 s (Storm's default, as messageTimeoutSecs is not set)", "@Topology(");
        assertThat(compile(stateful("stateProvider = " + MEMORY + ", checkpointEvery = \"30s\","
                + " messageTimeoutSecs = 60"))).succeededWithoutWarnings();
    }

    @Test
    void aConfOfACheckpointingKey() {
        assertOneError(stateful("stateProvider = " + MEMORY
                        + ", config = @Conf(key = \"topology.state.checkpoint.interval.ms\", value = \"500\")"),
                "[StateConfig] @Topology @Conf key \"topology.state.checkpoint.interval.ms\" is a key of Storm's"
                        + " checkpointing, which storm-shellgen sets from @Topology: a @Conf of it would fight the"
                        + " attribute. Set it with @Topology(checkpointEvery = ...)", "@Topology(");
    }

    @Test
    void stormRedisConfigurationGetsTheKeySerializerUnlessItNamesItsOwn() {
        String serializer = "io.github.shellgen.runtime.StateKeySerializer";
        assertThat(StateModel.withKeySerializer("{}")).isEqualTo("{\"keySerializerClass\":\"" + serializer + "\"}");
        assertThat(StateModel.withKeySerializer("{\"jedisPoolConfig\": {\"port\": 6380}}")).isEqualTo(
                "{\"keySerializerClass\":\"" + serializer + "\",\"jedisPoolConfig\": {\"port\": 6380}}");
        assertThat(StateModel.withKeySerializer("{\"keySerializerClass\": \"a.K\"}"))
                .isEqualTo("{\"keySerializerClass\": \"a.K\"}");
    }

    @Test
    void aStatefulBoltRunsThroughStormsStatefulExecutorWithItsStoreInTheTopologyConfiguration() throws Exception {
        Compilation compilation = compile(stateful("stateProvider = " + MEMORY + ", checkpointEvery = \"500ms\""));
        assertThat(compilation).succeededWithoutWarnings();

        String bolt = source(compilation, "test/SCountsBolt.java");
        assertThat(bolt).contains("public final class SCountsBolt extends StatefulShellBolt implements S.Counts");
        String topologyClass = source(compilation, "test/STopology.java");
        assertThat(topologyClass).contains("builder.setBolt(\"counts\", new SCountsBolt(), 1)");
        assertThat(topologyClass).contains(
                "config.put(\"topology.state.provider\", \"org.apache.storm.state.InMemoryKeyValueStateProvider\");");
        assertThat(topologyClass).contains("config.put(\"topology.state.checkpoint.interval.ms\", 500);");

        GeneratedClassLoader loader = new GeneratedClassLoader(compilation);
        StormTopology topology = (StormTopology) loader.loadClass("test.STopology").getMethod("topology").invoke(null);
        // TopologyBuilder took the bolt as an IStatefulBolt: it added Storm's checkpoint spout.
        assertThat(topology.get_spouts()).containsKey(CheckpointSpout.CHECKPOINT_COMPONENT_ID);

        String yaml = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "s.yaml").orElseThrow()
                .openInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(yaml).contains("  - id: counts\n    className: test.SCountsBolt\n");
        assertThat(yaml).contains("topology.state.provider: org.apache.storm.state.InMemoryKeyValueStateProvider");
        assertThat(yaml).contains("topology.state.checkpoint.interval.ms: 500");
        @SuppressWarnings("unchecked")
        Map<String, Object> conf = (Map<String, Object>) loader.loadClass("test.STopology").getMethod("config")
                .invoke(null);
        assertThat(conf).doesNotContainKey("topology.state.provider.config");
    }

    private static String source(Compilation compilation, String path) throws IOException {
        return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow().getCharContent(true)
                .toString();
    }
}
