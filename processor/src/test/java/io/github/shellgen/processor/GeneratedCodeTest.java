package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.shellgen.runtime.SupervisedShellBolt;
import io.github.shellgen.runtime.SupervisedShellSpout;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.storm.generated.ComponentCommon;
import org.apache.storm.generated.GlobalStreamId;
import org.apache.storm.generated.Grouping;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.generated.StreamInfo;
import org.apache.storm.topology.IComponent;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.topology.IRichSpout;
import org.apache.storm.topology.OutputFieldsGetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated component and topology classes: what their sources say, and what they do when
 * loaded and run against the real Storm types.
 */
class GeneratedCodeTest {

    @TempDir
    Path dir;

    private Compilation wordCount;

    @BeforeEach
    void compileWordCount() throws IOException {
        Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new));
        wordCount = Shellgen.compile(dir, Shellgen.WORD_COUNT);
    }

    @Test
    void wordCountCompilesWithoutWarnings() {
        assertThat(wordCount).succeededWithoutWarnings();
    }

    @Test
    void generatesOneClassPerComponentAndTheTopology() {
        assertThat(wordCount).generatedSourceFile("test.wordcount.WordCountSentencesSpout");
        assertThat(wordCount).generatedSourceFile("test.wordcount.WordCountSplitterBolt");
        assertThat(wordCount).generatedSourceFile("test.wordcount.WordCountCounterBolt");
        assertThat(wordCount).generatedSourceFile("test.wordcount.WordCountTopology");
        assertThat(wordCount.generatedSourceFiles()).hasSize(4);
    }

    @Test
    void boltSourceRunsTheScriptAndDeclaresItsFields() {
        assertThat(wordCount).generatedSourceFile("test.wordcount.WordCountSplitterBolt").contentsAsUtf8String()
                .containsMatch("public final class WordCountSplitterBolt extends SupervisedShellBolt\\s+implements WordCount.Splitter \\{");
        String source = sourceOf("test.wordcount.WordCountSplitterBolt");
        assertThat(source).contains("import io.github.shellgen.runtime.SupervisedShellBolt;");
        assertThat(source).contains("public static final String ID = \"splitter\";");
        assertThat(source).contains("super(ShellCommand.of(\"python3\", \"shellgen/run.py\", \"splitbolt.py\")");
        assertThat(source).contains("declarer.declare(new Fields(\"word\"));");
        assertThat(source).contains("@Generated(\"io.github.shellgen.processor.ShellgenProcessor\")");
    }

    @Test
    void spoutSourceExtendsTheRuntimesShellSpout() {
        String source = sourceOf("test.wordcount.WordCountSentencesSpout");
        assertThat(source).containsMatch("extends SupervisedShellSpout\\s+implements WordCount.Sentences \\{");
        assertThat(source).contains("import io.github.shellgen.runtime.SupervisedShellSpout;");
        assertThat(source).contains("super(ShellCommand.of(\"python3\", \"shellgen/run.py\", \"sentencespout.py\")");
        assertThat(source).contains("declarer.declare(new Fields(\"sentence\"));");
    }

    @Test
    void generatedComponentsAreStormComponentsOfTheirInterface() throws Exception {
        ClassLoader loader = new GeneratedClassLoader(wordCount);

        Class<?> splitter = loader.loadClass("test.wordcount.WordCountSplitterBolt");
        assertThat(splitter.getSuperclass()).isEqualTo(SupervisedShellBolt.class);
        assertThat(IRichBolt.class.isAssignableFrom(splitter)).isTrue();
        assertThat(List.of(splitter.getInterfaces())).contains(loader.loadClass("test.wordcount.WordCount$Splitter"));
        assertThat(Modifier.isFinal(splitter.getModifiers())).isTrue();
        assertThat(splitter.getField("ID").get(null)).isEqualTo("splitter");

        Class<?> sentences = loader.loadClass("test.wordcount.WordCountSentencesSpout");
        assertThat(sentences.getSuperclass()).isEqualTo(SupervisedShellSpout.class);
        assertThat(IRichSpout.class.isAssignableFrom(sentences)).isTrue();
        assertThat(sentences.getField("ID").get(null)).isEqualTo("sentences");
    }

    @Test
    void componentsDeclareTheirFieldsOnTheDefaultStream() throws Exception {
        ClassLoader loader = new GeneratedClassLoader(wordCount);

        assertThat(declaredStreams(loader, "test.wordcount.WordCountSentencesSpout"))
                .containsExactly("default", List.of("sentence"));
        assertThat(declaredStreams(loader, "test.wordcount.WordCountSplitterBolt"))
                .containsExactly("default", List.of("word"));
        assertThat(declaredStreams(loader, "test.wordcount.WordCountCounterBolt"))
                .containsExactly("default", List.of("word", "count"));
    }

    @Test
    void topologyHasTheAnnotatedComponentsParallelismAndWiring() throws Exception {
        ClassLoader loader = new GeneratedClassLoader(wordCount);
        Class<?> topologyClass = loader.loadClass("test.wordcount.WordCountTopology");
        StormTopology topology = (StormTopology) topologyClass.getMethod("topology").invoke(null);

        assertThat(topologyClass.getField("NAME").get(null)).isEqualTo("wordcount");
        assertThat(topologyClass.getField("FLUX_RESOURCE").get(null)).isEqualTo("/wordcount.yaml");
        assertThat(topology.get_spouts().keySet()).containsExactly("sentences");
        assertThat(topology.get_bolts().keySet()).containsExactly("splitter", "counter");

        ComponentCommon sentences = topology.get_spouts().get("sentences").get_common();
        ComponentCommon splitter = topology.get_bolts().get("splitter").get_common();
        ComponentCommon counter = topology.get_bolts().get("counter").get_common();
        assertThat(sentences.get_parallelism_hint()).isEqualTo(1);
        assertThat(splitter.get_parallelism_hint()).isEqualTo(2);
        assertThat(counter.get_parallelism_hint()).isEqualTo(2);

        assertThat(inputs(splitter)).containsExactly("sentences/default", "SHUFFLE");
        assertThat(inputs(counter)).containsExactly("splitter/default", "FIELDS [word]");
        assertThat(outputFields(counter)).containsExactly("default", List.of("word", "count"));
    }

    @Test
    void everyGroupingKindIdTasksAndInterpreterReachTheTopology() throws Exception {
        Shellgen.withScripts(dir, "source.py", "sink.py");
        Compilation compilation = Shellgen.compile(dir, Shellgen.testSource("Kinds",
                "@Topology(name = \"kinds\")",
                "public interface Kinds {",
                "    @PythonSpout(script = \"source.py\", fields = {\"key\", \"value\"}, id = \"src\", parallelism = 3, tasks = 6)",
                "    interface Source {}",
                "",
                "    @PythonSpout(script = \"source.py\", fields = \"tick\")",
                "    interface Clock {}",
                "",
                "    @PythonBolt(script = \"sink.py\", fields = \"count\", interpreter = \"/usr/bin/python3.11\")",
                "    @FieldsGrouping(from = Source.class, fields = {\"value\", \"key\"})",
                "    @AllGrouping(from = Clock.class)",
                "    interface ByKey {}",
                "",
                "    @PythonBolt(script = \"sink.py\")",
                "    @GlobalGrouping(from = Source.class)",
                "    @NoneGrouping(from = Clock.class)",
                "    @LocalOrShuffleGrouping(from = ByKey.class)",
                "    interface Mixed {}",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(sourceOf(compilation, "test.KindsByKeyBolt")).contains("super(ShellCommand.of(\"/usr/bin/python3.11\", \"shellgen/run.py\", \"sink.py\")");
        ClassLoader loader = new GeneratedClassLoader(compilation);
        assertThat(declaredStreams(loader, "test.KindsMixedBolt")).isEmpty();
        StormTopology topology = (StormTopology) loader.loadClass("test.KindsTopology").getMethod("topology").invoke(null);

        assertThat(topology.get_spouts().keySet()).containsExactly("src", "clock");
        assertThat(topology.get_bolts().keySet()).containsExactly("byKey", "mixed");
        ComponentCommon source = topology.get_spouts().get("src").get_common();
        assertThat(source.get_parallelism_hint()).isEqualTo(3);
        assertThat(source.get_json_conf()).contains("\"topology.tasks\":6");
        assertThat(inputs(topology.get_bolts().get("byKey").get_common())).containsExactly(
                "src/default", "FIELDS [value, key]",
                "clock/default", "ALL");
        // Storm's globalGrouping is a fields grouping on no fields.
        assertThat(inputs(topology.get_bolts().get("mixed").get_common())).containsExactly(
                "src/default", "FIELDS []",
                "clock/default", "NONE",
                "byKey/default", "LOCAL_OR_SHUFFLE");
    }

    private String sourceOf(String qualifiedName) {
        return sourceOf(wordCount, qualifiedName);
    }

    private static String sourceOf(Compilation compilation, String qualifiedName) {
        try {
            return compilation.generatedSourceFile(qualifiedName)
                    .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName))
                    .getCharContent(false).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Instantiates the generated component and collects what its {@code declareOutputFields} declares. */
    private static Map<String, List<String>> declaredStreams(ClassLoader loader, String className) throws Exception {
        Constructor<?> constructor = loader.loadClass(className).getConstructor();
        IComponent component = (IComponent) constructor.newInstance();
        OutputFieldsGetter getter = new OutputFieldsGetter();
        component.declareOutputFields(getter);
        Map<String, List<String>> streams = new TreeMap<>();
        getter.getFieldsDeclaration().forEach((id, info) -> streams.put(id, info.get_output_fields()));
        return streams;
    }

    private static Map<String, List<String>> outputFields(ComponentCommon common) {
        Map<String, List<String>> streams = new TreeMap<>();
        for (Map.Entry<String, StreamInfo> stream : common.get_streams().entrySet()) {
            streams.put(stream.getKey(), stream.getValue().get_output_fields());
        }
        return streams;
    }

    /** A bolt's inputs as {@code component/stream -> GROUPING [fields]}. */
    private static Map<String, String> inputs(ComponentCommon common) {
        Map<String, String> inputs = new TreeMap<>();
        for (Map.Entry<GlobalStreamId, Grouping> input : common.get_inputs().entrySet()) {
            Grouping grouping = input.getValue();
            String description = grouping.getSetField().name()
                    + (grouping.is_set_fields() ? " " + grouping.get_fields() : "");
            inputs.put(input.getKey().get_componentId() + "/" + input.getKey().get_streamId(), description);
        }
        return inputs;
    }
}
