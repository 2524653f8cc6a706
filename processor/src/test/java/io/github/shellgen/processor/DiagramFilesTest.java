package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.shellgen.diagram.Diagrams;
import io.github.shellgen.diagram.Edge;
import io.github.shellgen.diagram.Node;
import io.github.shellgen.diagram.TopologyGraph;
import io.github.shellgen.processor.storm.StormConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology's diagram files, written beside its Flux file, and the graph they are drawn from. */
class DiagramFilesTest {

    @TempDir
    Path dir;

    @Test
    void theGraphHoldsEveryComponentAndSubscriptionAsAnnotated() throws IOException {
        Compilation compilation = Shellgen.compileWordCount(dir);

        assertThat(compilation).succeeded();
        TopologyGraph graph = TopologyGraph.parse(file(compilation, TopologyGraph.resource("wordcount")));
        assertThat(graph).isEqualTo(new TopologyGraph("wordcount",
                List.of(new Node("sentences", Node.Kind.SPOUT, "python3 shellgen/run.py sentencespout.py", 1, 0,
                                StormConfig.DEFAULT_SHELL_SPOUT_PENDING, true),
                        new Node("splitter", Node.Kind.BOLT, "python3 shellgen/run.py splitbolt.py", 2, 0),
                        new Node("counter", Node.Kind.BOLT, "python3 shellgen/run.py countbolt.py", 2, 0)),
                List.of(new Edge("sentences", "default", List.of("sentence"), false, "splitter", "shuffle", List.of()),
                        new Edge("splitter", "default", List.of("word"), false, "counter", "fields",
                                List.of("word")))));
        assertThat(file(compilation, "wordcount.svg")).isEqualTo(Diagrams.files(graph).get("wordcount.svg"));
        assertThat(file(compilation, "wordcount.md")).isEqualTo(Diagrams.files(graph).get("wordcount.md"));
    }

    /**
     * A compile into an output folder that holds the last build's picture of the same graph, drawn by
     * the same renderer (its key file says so), takes that picture instead of laying it out again; a
     * picture under another key is drawn again. (The sentinel picture shows which happened.)
     */
    @Test
    void anUnchangedTopologysPictureIsTakenFromTheLastBuild() throws IOException {
        Path output = java.nio.file.Files.createDirectories(dir.resolve("classes"));
        Path resources = Shellgen.withScripts(dir.resolve("scripts"),
                Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        Runnable compile = () -> {
            List<String> options = List.of("-d", output.toString(), "-proc:only",
                    "-Ashellgen.resourceDirs=" + resources, "-classpath", System.getProperty("java.class.path"));
            Boolean ok = javac.getTask(null, null, null, options, null, List.of(Shellgen.WORD_COUNT)).call();
            assertThat(ok).isTrue();
        };
        compile.run();
        Path svg = output.resolve("wordcount.svg");
        String drawn = java.nio.file.Files.readString(svg);
        java.nio.file.Files.writeString(svg, "<svg>the last build's</svg>");

        compile.run();
        String unchanged = java.nio.file.Files.readString(svg);
        java.nio.file.Files.writeString(output.resolve(io.github.shellgen.processor.write.DiagramCache.keyFile("wordcount")), "another renderer\n");
        compile.run();

        assertThat(unchanged).isEqualTo("<svg>the last build's</svg>");
        assertThat(java.nio.file.Files.readString(svg)).isEqualTo(drawn);
    }

    @Test
    void directStreamsCustomGroupingsAndJavaComponentsAreNamedAsAPersonWould() throws IOException {
        Compilation compilation = Shellgen.compile(Shellgen.withScripts(dir, "router.py"), Shellgen.source("test.Mixed",
                "package test;",
                "",
                "import io.github.shellgen.*;",
                "",
                "@Topology(name = \"mixed\")",
                "public interface Mixed {",
                "    @JavaSpout(value = Words.class, fields = \"word\")",
                "    interface Source {}",
                "",
                "    @PythonBolt(script = \"router.py\", streams = @Stream(id = \"routed\", fields = {\"word\", \"n\"},"
                        + " direct = true))",
                "    @PartialKeyGrouping(from = Source.class, fields = \"word\")",
                "    interface Router {}",
                "",
                "    @ShellBolt(command = {\"node\", \"router.py\"}, parallelism = 2, tasks = 4)",
                "    @DirectGrouping(from = Router.class, stream = \"routed\")",
                "    @CustomGrouping(from = Source.class, using = Everyone.class)",
                "    interface Sink {}",
                "",
                "    class Words extends org.apache.storm.testing.TestWordSpout {}",
                "",
                "    class Everyone implements org.apache.storm.grouping.CustomStreamGrouping {",
                "        private java.util.List<Integer> tasks;",
                "        public void prepare(org.apache.storm.task.WorkerTopologyContext c,"
                        + " org.apache.storm.generated.GlobalStreamId s, java.util.List<Integer> t) { tasks = t; }",
                "        public java.util.List<Integer> chooseTasks(int taskId, java.util.List<Object> values) {"
                        + " return tasks; }",
                "    }",
                "}"));

        assertThat(compilation).succeeded();
        TopologyGraph graph = TopologyGraph.parse(file(compilation, TopologyGraph.resource("mixed")));
        assertThat(graph.nodes().stream().map(n -> n.id() + ": " + n.runs() + " x" + n.parallelism() + "/" + n.tasks())
                .toList()).containsExactly(
                        "source: Java class Words x1/0",
                        "router: python3 shellgen/run.py router.py x1/0",
                        "sink: node router.py x2/4");
        assertThat(graph.edges()).containsExactly(
                new Edge("source", "default", List.of("word"), false, "router", "partial key", List.of("word")),
                new Edge("router", "routed", List.of("word", "n"), true, "sink", "direct", List.of()),
                new Edge("source", "default", List.of("word"), false, "sink", "custom Everyone", List.of()));
    }

    private static String file(Compilation compilation, String path) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError("no " + path + " in " + compilation.generatedFiles()))
                .getCharContent(false).toString();
    }
}
