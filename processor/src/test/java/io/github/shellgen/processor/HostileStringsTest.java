package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.GroupingModel;
import io.github.shellgen.processor.model.StreamModel;
import io.github.shellgen.processor.model.TopologyModel;
import io.github.shellgen.processor.storm.GroupingType;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.write.FluxYamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.daemon.StormCommon;
import org.apache.storm.flux.model.StreamDef;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.model.VertexDef;
import org.apache.storm.generated.GlobalStreamId;
import org.apache.storm.generated.Grouping;
import org.apache.storm.generated.StormTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strings that break naive YAML or Java writers (quotes, colons, {@code #}, line breaks of every
 * kind, {@code ${}, YAML indicators and keywords, comment terminators, unicode) reach Storm and
 * Flux unchanged: the generated YAML goes through Flux's own parser, the generated classes through
 * Storm's own topology validation. Where Storm or Flux rejects a character, the processor reports
 * a compile error instead, and the last test says which.
 */
class HostileStringsTest {

    /** Values Storm takes as ids and fields, each hostile to some writer. */
    static final List<String> HOSTILE = List.of(
            "it's \"quoted\"",
            "key: value",
            "# not a comment",
            "new\nline",
            "carriage\rreturn",
            "tab\there",
            "${open, never closed",
            "ünïcødé ✓ 😀 日本",
            "- dash", "? question", "&anchor", "*alias", "!tag", "|literal", ">folded",
            "[flow, list]", "{flow: map}", "%percent", "@at", "`backtick`",
            " leading space", "trailing space ",
            "true", "null", "~", "yes", "no", "on", "0x1F", "1e3", "2024-01-01",
            "nel\u0085ls\u2028ps\u2029",
            "back\\slash \\u000a \\u002a/",
            "*/ ends a comment",
            "bell\u0007 bom\uFEFF");

    private static final String SPOUT_ID = "it's \"spout\": #1 ${open";
    private static final String BOLT_ID = "new\nline ünï 😀 */ \\u000a [x] {y}";

    @TempDir
    Path dir;

    @Test
    void idsAndFieldsSurviveIntoTheYamlAsFluxParsesIt() throws IOException {
        Compilation compilation = compileHostileTopology();

        assertThat(compilation).succeededWithoutWarnings();
        TopologyDef flux = FluxYaml.parse(yaml(compilation, "hostile.yaml"));

        assertThat(flux.getName()).isEqualTo("hostile");
        assertThat(vertices(flux.getSpouts())).containsExactly(SPOUT_ID, "test.HostileSourceSpout");
        assertThat(vertices(flux.getBolts())).containsExactly(
                BOLT_ID, "test.HostileZählerBolt",
                "null", "test.HostileTailBolt").inOrder();
        assertThat(flux.getStreams()).hasSize(2);
        StreamDef fields = flux.getStreams().get(0);
        assertThat(fields.getFrom()).isEqualTo(SPOUT_ID);
        assertThat(fields.getTo()).isEqualTo(BOLT_ID);
        assertThat(fields.getGrouping().getType().name()).isEqualTo("FIELDS");
        assertThat(fields.getGrouping().getArgs()).containsExactlyElementsIn(HOSTILE).inOrder();
        assertThat(fields.getGrouping().getStreamId()).isNull();
        StreamDef shuffle = flux.getStreams().get(1);
        assertThat(List.of(shuffle.getFrom(), shuffle.getTo(), shuffle.getGrouping().getType().name()))
                .containsExactly(BOLT_ID, "null", "SHUFFLE").inOrder();
    }

    @Test
    void idsAndFieldsSurviveIntoTheJavaTopologyAndStormValidatesIt() throws Exception {
        Compilation compilation = compileHostileTopology();

        StormTopology topology = (StormTopology) new GeneratedClassLoader(compilation)
                .loadClass("test.HostileTopology").getMethod("topology").invoke(null);

        assertThat(topology.get_spouts().keySet()).containsExactly(SPOUT_ID);
        assertThat(topology.get_bolts().keySet()).containsExactly(BOLT_ID, "null");
        assertThat(topology.get_spouts().get(SPOUT_ID).get_common().get_streams().get("default").get_output_fields())
                .containsExactlyElementsIn(HOSTILE).inOrder();
        Map<GlobalStreamId, Grouping> inputs = topology.get_bolts().get(BOLT_ID).get_common().get_inputs();
        assertThat(inputs.get(new GlobalStreamId(SPOUT_ID, "default")).get_fields())
                .containsExactlyElementsIn(HOSTILE).inOrder();
        // What Nimbus runs on every submitted topology: ids, inputs, streams and grouping fields.
        StormCommon.validateBasic(topology);
        StormCommon.validateStructure(topology);
    }

    @Test
    void topologyNamesAndStreamIdsSurviveTheYamlWriter() throws IOException {
        // The validator lets few characters into a topology name (Storm's and file-name rules) and no
        // stream but "default" exists yet; the writer must carry any value all the same.
        FluxYamlWriter writer = new FluxYamlWriter();
        for (String value : HOSTILE) {
            TopologyModel model = twoComponentModel(value, value);

            TopologyDef flux = FluxYaml.parse(writer.render(model).getBytes(StandardCharsets.UTF_8));

            assertWithMessage("topology name %s", escaped(value)).that(flux.getName()).isEqualTo(value);
            assertWithMessage("stream id %s", escaped(value)).that(flux.getStreams().get(0).getGrouping().getStreamId())
                    .isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0} is a compile error: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // Storm's system namespace: Nimbus rejects ids starting with "__" at submission.
            "component id __system  | @PythonSpout(script = \"s.py\", fields = \"f\", id = \"__system\")          | ReservedId",
            // Flux reads ${...} as a placeholder: a NullPointerException without --filter.
            "component id a${b}c    | @PythonSpout(script = \"s.py\", fields = \"f\", id = \"a${b}c\")            | FluxPlaceholder",
            // No name for a field nothing can refer to.
            "empty field            | @PythonSpout(script = \"s.py\", fields = {\"f\", \"\"})                     | EmptyField",
            // StormSubmitter: a topology name must match ^[^/.:\\]+$.
            "topology name a:b      | @PythonSpout(script = \"s.py\", fields = \"f\") @Topology(name = \"a:b\")   | TopologyName",
            "topology name a/b      | @PythonSpout(script = \"s.py\", fields = \"f\") @Topology(name = \"a/b\")   | TopologyName",
            // javac writes only file names that are relative URIs: the Flux file could not be written.
            "topology name a b      | @PythonSpout(script = \"s.py\", fields = \"f\") @Topology(name = \"a b\")   | FluxFileName",
            "topology name a#b      | @PythonSpout(script = \"s.py\", fields = \"f\") @Topology(name = \"a#b\")   | FluxFileName",
            "topology name a\"b     | @PythonSpout(script = \"s.py\", fields = \"f\") @Topology(name = \"a\\\"b\") | FluxFileName"})
    void charactersStormOrFluxRejectAreCompileErrorsInstead(String what, String annotations, String tag) {
        // "annotations" is the spout's annotation, optionally followed by the topology's own.
        int split = annotations.indexOf(" @Topology");
        String spout = split < 0 ? annotations : annotations.substring(0, split);
        String topology = split < 0 ? "@Topology(name = \"rejected\")" : annotations.substring(split + 1);
        JavaFileObject source = Shellgen.testSource("Rejected",
                topology,
                "public interface Rejected {",
                "    " + spout,
                "    interface Source {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "s.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[" + tag + "]").inFile(source)
                .onLineContaining(tag.startsWith("Topology") || tag.startsWith("FluxFile") ? "@Topology(" : spout);
    }

    private Compilation compileHostileTopology() {
        String fields = HOSTILE.stream().map(HostileStringsTest::javaLiteral).collect(Collectors.joining(", "));
        JavaFileObject source = Shellgen.testSource("Hostile",
                "@Topology(name = \"hostile\")",
                "public interface Hostile {",
                "    @PythonSpout(script = \"source.py\", id = " + javaLiteral(SPOUT_ID) + ",",
                "        fields = {" + fields + "})",
                "    interface Source {}",
                "",
                "    @PythonBolt(script = \"sink.py\", id = " + javaLiteral(BOLT_ID) + ", fields = \"yes\")",
                "    @FieldsGrouping(from = Source.class, fields = {" + fields + "})",
                "    interface Zähler {}",
                "",
                "    @PythonBolt(script = \"sink.py\", id = \"null\")",
                "    @ShuffleGrouping(from = Zähler.class)",
                "    interface Tail {}",
                "}");
        return Shellgen.compileWithScripts(dir, List.of(source), "source.py", "sink.py");
    }

    private static TopologyModel twoComponentModel(String name, String streamId) {
        ClassName source = ClassName.get("test", "Odd");
        ComponentModel spout = ComponentModel.builder("spout", Role.SPOUT, source.nestedClass("Spout"),
                        ClassName.get("test", "OddSpoutSpout"))
                .command(List.of("python3", "s.py"))
                .runtime(PythonRuntime.STOCK)
                .resourceArgs(List.of(1))
                .requiredFiles(List.of("s.py"))
                .streams(List.of(new StreamModel(streamId, List.of("f"), false)))
                .build();
        ComponentModel bolt = ComponentModel.builder("bolt", Role.BOLT, source.nestedClass("Bolt"),
                        ClassName.get("test", "OddBoltBolt"))
                .command(List.of("python3", "b.py"))
                .runtime(PythonRuntime.STOCK)
                .resourceArgs(List.of(1))
                .requiredFiles(List.of("b.py"))
                .inputs(List.of(new GroupingModel(GroupingType.SHUFFLE, "spout", streamId, List.of(), null)))
                .build();
        return new TopologyModel(name, source, ClassName.get("test", "OddTopology"), List.of(spout, bolt), List.of());
    }

    /** Vertices as id to class name, in order. */
    private static Map<String, String> vertices(List<? extends VertexDef> vertices) {
        Map<String, String> byId = new java.util.LinkedHashMap<>();
        for (VertexDef vertex : vertices) {
            byId.put(vertex.getId(), ((org.apache.storm.flux.model.ObjectDef) vertex).getClassName());
        }
        return byId;
    }

    private static byte[] yaml(Compilation compilation, String name) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + compilation.generatedFiles()));
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }

    /** {@code value} as a Java string literal in a test source. */
    static String javaLiteral(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c < 0x20 || c == 0x7f
                        ? String.format(Locale.ROOT, "\\%03o", (int) c)
                        : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }

    private static String escaped(String value) {
        return javaLiteral(value);
    }
}
