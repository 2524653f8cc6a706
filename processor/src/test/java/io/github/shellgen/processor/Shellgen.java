package io.github.shellgen.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test sources, script folders and compilations through {@link ShellgenProcessor}. */
final class Shellgen {

    /** The word count of the design document, in a test package. */
    static final JavaFileObject WORD_COUNT = source("test.wordcount.WordCount",
            "package test.wordcount;",
            "",
            "import io.github.shellgen.FieldsGrouping;",
            "import io.github.shellgen.PythonBolt;",
            "import io.github.shellgen.PythonSpout;",
            "import io.github.shellgen.ShuffleGrouping;",
            "import io.github.shellgen.Topology;",
            "",
            "@Topology(name = \"wordcount\")",
            "public interface WordCount {",
            "",
            "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
            "    interface Sentences {}",
            "",
            "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\", parallelism = 2)",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Splitter {}",
            "",
            "    @PythonBolt(script = \"countbolt.py\", fields = {\"word\", \"count\"}, parallelism = 2)",
            "    @FieldsGrouping(from = Splitter.class, fields = \"word\")",
            "    interface Counter {}",
            "}");

    /** The scripts {@link #WORD_COUNT} runs. */
    static final List<String> WORD_COUNT_SCRIPTS = List.of("sentencespout.py", "splitbolt.py", "countbolt.py");

    private Shellgen() {}

    /** A source file; {@code lines} start with {@code package} and the usual shellgen import. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /**
     * A source in package {@code test} that imports every shellgen annotation, so a test shows only
     * the declarations that matter to it.
     */
    static JavaFileObject testSource(String simpleName, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package test;",
                "",
                "import io.github.shellgen.*;",
                ""));
        lines.addAll(List.of(body));
        return source("test." + simpleName, lines.toArray(String[]::new));
    }

    /**
     * A topology {@code Name} named {@code name} in package {@code test}, whose first component is a
     * spout {@code Sentences} (sentencespout.py, field "sentence"), followed by {@code body}.
     */
    static JavaFileObject topologyWithSentences(String name, String... body) {
        return topologyWithSentencesAndMembers(name, "", body);
    }

    /** As {@link #topologyWithSentences(String, String...)}, with {@code topologyMembers} after the name in {@code @Topology}. */
    static JavaFileObject topologyWithSentencesAndMembers(String name, String topologyMembers, String... body) {
        String type = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        List<String> lines = new ArrayList<>(List.of(
                "@Topology(name = \"" + name + "\"" + (topologyMembers.isEmpty() ? "" : ", " + topologyMembers) + ")",
                "public interface " + type + " {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                ""));
        lines.addAll(List.of(body));
        lines.add("}");
        return testSource(type, lines.toArray(String[]::new));
    }

    /** Creates {@code dir/resources/<script>} for each script (with parent folders) and returns {@code dir}. */
    static Path withScripts(Path dir, String... scripts) throws IOException {
        for (String script : scripts) {
            Path file = dir.resolve("resources").resolve(script);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "import storm\n", UTF_8);
        }
        return dir;
    }

    /** javac with the processor, finding scripts under {@code resourceDir}/resources. */
    static Compiler compiler(Path resourceDir) {
        return Compiler.javac()
                .withProcessors(new ShellgenProcessor())
                .withOptions("-Ashellgen.resourceDirs=" + resourceDir);
    }

    /** {@link #WORD_COUNT} compiled with its scripts in {@code resourceDir}. */
    static Compilation compileWordCount(Path resourceDir) throws IOException {
        return compile(withScripts(resourceDir, WORD_COUNT_SCRIPTS.toArray(String[]::new)), WORD_COUNT);
    }

    static Compilation compile(Path resourceDir, JavaFileObject... sources) {
        return compiler(resourceDir).compile(sources);
    }

    /**
     * The scripts the test topologies run, for {@link #compileTopology}, and a storm.py beside them
     * for the components on Storm's storm.py (runtime = STOCK), as a project unpacks it.
     */
    static final List<String> TOPOLOGY_SCRIPTS =
            List.of("sentencespout.py", "splitbolt.py", "countbolt.py", "splitbolt.rb", "splitbolt.js", "storm.py");

    /** Compiles {@code sources} with {@link #TOPOLOGY_SCRIPTS} in {@code resourceDir}: the one helper of the rule tests. */
    static Compilation compileTopology(Path resourceDir, JavaFileObject... sources) {
        return compileWithScripts(resourceDir, List.of(sources), TOPOLOGY_SCRIPTS.toArray(String[]::new));
    }

    /** Asserts that compiling {@code source} gives one error, containing {@code text}, on the line containing {@code line}. */
    static void assertOneError(Path resourceDir, JavaFileObject source, String text, String line) {
        Compilation compilation = compileTopology(resourceDir, source);
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
        CompilationSubject.assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
    }

    /** Interface {@code type} with {@code @Topology(name = nameLiteral)}, one valid spout on its own line. */
    static JavaFileObject namedTopology(String type, String nameLiteral) {
        return testSource(type,
                "@Topology(",
                "    name = " + nameLiteral + ")",
                "public interface " + type + " {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");
    }

    /** Creates {@code scripts} under {@code resourceDir}/resources, then compiles {@code sources}. */
    static Compilation compileWithScripts(Path resourceDir, List<JavaFileObject> sources, String... scripts) {
        try {
            return compiler(withScripts(resourceDir, scripts)).compile(sources);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
