package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.github.shellgen.runtime.ShellCommand;
import io.github.shellgen.runtime.SupervisedShellBolt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.ObjectDef;
import org.apache.storm.flux.model.StreamDef;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.model.VertexDef;
import org.apache.storm.flux.parser.FluxParser;
import org.apache.storm.generated.ComponentCommon;
import org.apache.storm.generated.GlobalStreamId;
import org.apache.storm.generated.Grouping;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.grouping.PartialKeyGrouping;
import org.apache.storm.grouping.ShuffleGrouping;
import org.apache.storm.shade.net.minidev.json.JSONValue;
import org.apache.storm.utils.Utils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything beyond the word count in one topology: streams, direct, partial-key and custom
 * groupings, a Java and a shell component, component and topology settings. What the generated
 * classes build, against the real Storm types, and what stock Flux reads from the generated files.
 */
class SurfaceTest {

    private static final JavaFileObject TOUR = Shellgen.testSource("Tour",
            "@Topology(name = \"tour\", workers = 2, ackers = 0, messageTimeoutSecs = 45, maxSpoutPending = 10,",
            "    debug = true, multilangSerializer = org.apache.storm.multilang.JsonSerializer.class, config = {",
            "        @Conf(key = \"tour.list\", value = \"[1, \\\"a\\\", true]\"),",
            "        @Conf(key = \"tour.map\", value = \"{\\\"k\\\": 2.5}\"),",
            "        @Conf(key = \"tour.text\", value = \"plain: text\"),",
            "        @Conf(key = \"tour.quoted\", value = \"\\\"7\\\"\")})",
            "public interface Tour {",
            "    @PythonSpout(script = \"source.py\", fields = \"line\", maxPending = 7,",
            "        streams = @Stream(id = \"picked\", fields = \"x\", direct = true))",
            "    interface Source {}",
            "",
            "    @ShellBolt(command = {\"node\", \"--no-warnings\", \"split.js\"}, fields = \"word\",",
            "        streams = @Stream(id = \"long\", fields = {\"word\", \"length\"}),",
            "        env = @Env(name = \"CASE\", value = \"lower\"), config = @Conf(key = \"split.min\", value = \"7\"),",
            "        tickFreqSecs = 3, subprocessTimeoutSecs = 90, maxPending = 100, runInResourcesDir = false,",
            "        metrics = {@Metric(name = \"words\"), @Metric(name = \"mean\", type = Metric.Type.MEAN, intervalSecs = 5)},",
            "        parallelism = 2, tasks = 4)",
            "    @ShuffleGrouping(from = Source.class)",
            "    interface Split {}",
            "",
            "    @JavaBolt(value = org.apache.storm.testing.TestWordCounter.class, fields = {\"word\", \"count\"},"
                    + " parallelism = 3)",
            "    @PartialKeyGrouping(from = Split.class, fields = \"word\")",
            "    interface Count {}",
            "",
            "    @PythonBolt(script = \"sink.py\", interpreter = \"no-such-python\")",
            "    @DirectGrouping(from = Source.class, stream = \"picked\")",
            "    @CustomGrouping(from = Split.class, stream = \"long\", using = org.apache.storm.grouping.ShuffleGrouping.class)",
            "    @GlobalGrouping(from = Count.class)",
            "    interface Sink {}",
            "}");

    @TempDir
    Path dir;

    private Compilation tour;

    @BeforeEach
    void compileTour() throws IOException {
        Shellgen.withScripts(dir, "source.py", "sink.py", "split.js");
        tour = Shellgen.compile(dir, TOUR);
    }

    @Test
    void compilesAndGeneratesNoClassForTheJavaComponent() {
        assertThat(tour).succeededWithoutWarnings();
        assertThat(tour).generatedSourceFile("test.TourSourceSpout");
        assertThat(tour).generatedSourceFile("test.TourSplitBolt");
        assertThat(tour).generatedSourceFile("test.TourSinkBolt");
        assertThat(tour).generatedSourceFile("test.TourTopology");
        assertThat(tour.generatedSourceFiles()).hasSize(4);
    }

    @Test
    void javaTopologyHasEveryGroupingStreamAndComponentSetting() throws Exception {
        StormTopology topology = javaTopology();

        ComponentCommon source = topology.get_spouts().get("source").get_common();
        assertThat(source.get_streams().get("picked").is_direct()).isTrue();
        assertThat(source.get_streams().get("default").is_direct()).isFalse();
        assertThat(componentConf(source)).containsExactly("topology.max.spout.pending", 7);

        ComponentCommon split = topology.get_bolts().get("split").get_common();
        assertThat(split.get_parallelism_hint()).isEqualTo(2);
        assertThat(componentConf(split)).containsExactly("topology.tick.tuple.freq.secs", 3, "split.min", 7, "topology.tasks", 4);
        assertThat(split.get_streams().get("long").get_output_fields()).containsExactly("word", "length").inOrder();

        ComponentCommon count = topology.get_bolts().get("count").get_common();
        assertThat(count.get_parallelism_hint()).isEqualTo(3);
        Grouping partialKey = count.get_inputs().get(new GlobalStreamId("split", "default"));
        assertThat(Utils.javaDeserialize(partialKey.get_custom_serialized(), Object.class))
                .isInstanceOf(PartialKeyGrouping.class);

        Map<GlobalStreamId, Grouping> sinkInputs = topology.get_bolts().get("sink").get_common().get_inputs();
        assertThat(sinkInputs.get(new GlobalStreamId("source", "picked")).is_set_direct()).isTrue();
        assertThat(Utils.javaDeserialize(sinkInputs.get(new GlobalStreamId("split", "long")).get_custom_serialized(),
                Object.class)).isInstanceOf(ShuffleGrouping.class);
        assertThat(sinkInputs.get(new GlobalStreamId("count", "default")).get_fields()).isEmpty();
    }

    @Test
    void topologyConfigHoldsEverySettingWithJsonValues() throws Exception {
        Map<String, Object> config = javaConfig();

        assertThat(config).containsAtLeast(
                "topology.workers", 2,
                "topology.acker.executors", 0,
                "topology.message.timeout.secs", 45,
                "topology.max.spout.pending", 10,
                "topology.debug", true,
                "topology.multilang.serializer", "org.apache.storm.multilang.JsonSerializer",
                "tour.list", List.of(1, "a", true),
                "tour.map", Map.of("k", 2.5),
                "tour.text", "plain: text",
                "tour.quoted", "7");
    }

    @Test
    void fluxReadsTheSameConfigAndWiring() throws Exception {
        TopologyDef flux = FluxYaml.parse(classOutput("tour.yaml"));

        assertThat(new TreeMap<>(FluxBuilder.buildConfig(flux))).isEqualTo(new TreeMap<>(javaConfig()));
        assertThat(className(flux.getBoltDef("count"))).isEqualTo("org.apache.storm.testing.TestWordCounter");
        assertThat(flux.getBoltDef("split").getParallelism()).isEqualTo(2);
        assertThat(flux.getBoltDef("split").getNumTasks()).isEqualTo(4);
        assertThat(stream(flux, "source", "sink").getGrouping().getType().name()).isEqualTo("DIRECT");
        assertThat(stream(flux, "source", "sink").getGrouping().getStreamId()).isEqualTo("picked");

        // Flux builds the partial-key grouping (CUSTOM, with a Fields component) and the custom one.
        ExecutionContext context = new ExecutionContext(flux, FluxBuilder.buildConfig(flux));
        invokeFlux("buildComponents", new Class<?>[] {ExecutionContext.class}, context);
        ObjectDef partialKeyDef = stream(flux, "split", "count").getGrouping().getCustomClass();
        Object partialKey = invokeFlux("buildCustomStreamGrouping",
                new Class<?>[] {ObjectDef.class, ExecutionContext.class}, partialKeyDef, context);
        assertThat(partialKey).isInstanceOf(PartialKeyGrouping.class);
        assertThat(context.getComponent("partialKeyFields1").toString()).isEqualTo("[word]");
        Object custom = invokeFlux("buildCustomStreamGrouping", new Class<?>[] {ObjectDef.class, ExecutionContext.class},
                stream(flux, "split", "sink").getGrouping().getCustomClass(), context);
        assertThat(custom).isInstanceOf(ShuffleGrouping.class);
    }

    @Test
    void filterFileWithTheDefaultsIsThePlainFile() throws Exception {
        TopologyDef plain = FluxYaml.parse(classOutput("tour.yaml"));
        TopologyDef filtered = parseFiltered(defaults());

        assertThat(new TreeMap<>(FluxBuilder.buildConfig(filtered))).isEqualTo(new TreeMap<>(FluxBuilder.buildConfig(plain)));
        for (String bolt : List.of("split", "count", "sink")) {
            assertThat(filtered.getBoltDef(bolt).getParallelism()).isEqualTo(plain.getBoltDef(bolt).getParallelism());
            assertThat(filtered.getBoltDef(bolt).getNumTasks()).isEqualTo(plain.getBoltDef(bolt).getNumTasks());
        }
        assertThat(filtered.getSpoutDef("source").getParallelism()).isEqualTo(1);
    }

    @Test
    void filterPropertiesOverrideParallelismAndConfig() throws Exception {
        Properties properties = defaults();
        assertThat(properties.keySet()).containsAtLeast("split.parallelism", "split.tasks", "count.parallelism",
                "topology.workers", "tour.map");
        properties.setProperty("split.parallelism", "5");
        properties.setProperty("split.tasks", "10");
        properties.setProperty("topology.workers", "7");
        properties.setProperty("tour.text", "\"changed\"");

        TopologyDef filtered = parseFiltered(properties);

        assertThat(filtered.getBoltDef("split").getParallelism()).isEqualTo(5);
        assertThat(filtered.getBoltDef("split").getNumTasks()).isEqualTo(10);
        Config config = FluxBuilder.buildConfig(filtered);
        assertThat(config).containsEntry("topology.workers", 7);
        assertThat(config).containsEntry("tour.text", "changed");
        assertThat(config).containsEntry("tour.map", Map.of("k", 2.5));
    }

    @Test
    void shellComponentPassesTheRuntimeItsCommandFolderEnvironmentAndLaunchSettings() throws Exception {
        ClassLoader loader = new GeneratedClassLoader(tour);
        ShellCommand split = shellCommand(loader, "test.TourSplitBolt");

        assertThat(split.command()).containsExactly("node", "--no-warnings", "split.js").inOrder();
        assertThat(split.requiredFiles()).containsExactly("split.js");
        assertThat(split.env()).containsExactly("CASE", "lower");
        assertThat(split.runsInResourcesDir()).isFalse();
        assertThat(split.resourceArgs()).containsExactly(2);
        assertThat(split.launchConfig()).containsExactly("topology.subprocess.timeout.secs", 90,
                "topology.shellbolt.max.pending", 100);

        ShellCommand sink = shellCommand(loader, "test.TourSinkBolt");
        assertThat(sink.command().get(0)).isEqualTo("no-such-python");
        assertThat(sink.requiredFiles()).containsExactly("shellgen/run.py", "shellgen/storm.py", "sink.py");
        assertThat(sink.runsInResourcesDir()).isTrue();
        assertThat(sink.launchConfig()).isEmpty();
    }

    @Test
    void shellComponentRegistersItsMetricsBeforeItStarts() throws IOException {
        String split = sourceOf("test.TourSplitBolt");

        assertThat(split).contains("protected void registerMetrics(TopologyContext context)");
        assertThat(split).contains("context.registerMetric(\"words\", new CountShellMetric(), 60);");
        assertThat(split).contains("context.registerMetric(\"mean\", new ReducedShellMetric(new MeanReducer()), 5);");
    }

    @Test
    void javaComponentDeclaringOtherStreamsThanItsAnnotationStopsTheBuild() throws Exception {
        Compilation compilation = Shellgen.compile(dir, Shellgen.testSource("Wrong",
                "@Topology(name = \"wrong\")",
                "public interface Wrong {",
                "    @JavaSpout(value = org.apache.storm.testing.TestWordSpout.class, fields = \"sentence\")",
                "    interface Words {}",
                "}"));
        assertThat(compilation).succeeded();
        Class<?> topologyClass = new GeneratedClassLoader(compilation).loadClass("test.WrongTopology");

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> topologyClass.getMethod("topology").invoke(null));

        assertThat(thrown.getCause()).hasMessageThat().isEqualTo("storm-shellgen: org.apache.storm.testing.TestWordSpout"
                + " declares the streams [default [word]], but the annotation on test.Wrong.Words says"
                + " [default [sentence]]. Make the annotation's fields and streams match the class's declareOutputFields.");
    }

    private StormTopology javaTopology() throws Exception {
        Class<?> topologyClass = new GeneratedClassLoader(tour).loadClass("test.TourTopology");
        return (StormTopology) topologyClass.getMethod("topology").invoke(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> javaConfig() throws Exception {
        Class<?> topologyClass = new GeneratedClassLoader(tour).loadClass("test.TourTopology");
        return (Map<String, Object>) topologyClass.getMethod("config").invoke(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> componentConf(ComponentCommon common) {
        return (Map<String, Object>) JSONValue.parse(common.get_json_conf());
    }

    private static ShellCommand shellCommand(ClassLoader loader, String className) throws Exception {
        Object component = loader.loadClass(className).getConstructor().newInstance();
        return ((SupervisedShellBolt) component).shellCommand();
    }

    private Properties defaults() throws IOException {
        Properties properties = new Properties();
        properties.load(new ByteArrayInputStream(classOutput("tour.properties")));
        return properties;
    }

    /** The filter file, parsed as {@code Flux --filter file.properties tour.filter.yaml} does. */
    private TopologyDef parseFiltered(Properties properties) throws IOException {
        Path yaml = dir.resolve("tour.filter.yaml");
        Files.write(yaml, classOutput("tour.filter.yaml"));
        return FluxParser.parseFile(yaml.toString(), false, true, properties, false);
    }

    private static Object invokeFlux(String name, Class<?>[] types, Object... args) throws Exception {
        Method method = FluxBuilder.class.getDeclaredMethod(name, types);
        method.setAccessible(true);
        return method.invoke(null, args);
    }

    private static StreamDef stream(TopologyDef flux, String from, String to) {
        return flux.getStreams().stream()
                .filter(s -> s.getFrom().equals(from) && s.getTo().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stream " + from + " -> " + to));
    }

    private static String className(VertexDef vertex) {
        return ((ObjectDef) vertex).getClassName();
    }

    private byte[] classOutput(String name) throws IOException {
        JavaFileObject file = tour.generatedFile(StandardLocation.CLASS_OUTPUT, name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + tour.generatedFiles()));
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }

    private String sourceOf(String qualifiedName) throws IOException {
        return tour.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName))
                .getCharContent(false).toString();
    }
}
