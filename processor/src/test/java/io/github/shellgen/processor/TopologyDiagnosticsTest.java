package io.github.shellgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per diagnostic about a topology as a whole, and about the processor's options. */
class TopologyDiagnosticsTest {

    @TempDir
    Path dir;

    /** Interface {@code type} with {@code @Topology(name = nameLiteral)}, one valid spout on its own line. */
    private static JavaFileObject named(String type, String nameLiteral) {
        return Shellgen.testSource(type,
                "@Topology(",
                "    name = " + nameLiteral + ")",
                "public interface " + type + " {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");
    }

    private Compilation compile(JavaFileObject... sources) {
        return Shellgen.compileWithScripts(dir, List.of(sources), "sentencespout.py");
    }

    @Test
    void topologyWithoutSpoutPointsAtTheTopologyAnnotation() {
        JavaFileObject source = Shellgen.testSource("Silent",
                "@Topology(name = \"silent\")",
                "public interface Silent {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NoSpout] topology \"silent\" has no spout")
                .inFile(source).onLineContaining("@Topology(");
        assertThat(compilation).hadErrorContaining("Declare a @PythonSpout interface nested in Silent");
    }

    @ParameterizedTest(name = "name = {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"word/count\"  | contains '/'",
            "\"word.count\"  | contains '.'",
            "\"word:count\"  | contains ':'",
            "\"word\\\\count\" | contains '\\'",
            "\"\"            | is empty"})
    void nameStormRejectsPointsAtTheName(String literal, String problem) {
        JavaFileObject source = named("Bad", literal);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[TopologyName] @Topology name ")
                .inFile(source).onLineContaining("name = " + literal + ")");
        assertThat(compilation).hadErrorContaining(problem + ". StormSubmitter rejects it at submission");
        assertThat(compilation).hadErrorContaining("it must match ^[^/.:\\\\]+$");
    }

    @ParameterizedTest(name = "name = {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"word count\"   | U+0020 (space)",
            "\"word#count\"   | '#'",
            "\"word\\\"count\" | '\"'",
            "\"word\\ncount\"  | U+000A (line feed)",
            "\"word*count\"   | '*'"})
    void nameNoFluxFileCanCarryPointsAtTheName(String literal, String character) {
        JavaFileObject source = named("Unwritable", literal);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxFileName] @Topology name ")
                .inFile(source).onLineContaining("name = " + literal + ")");
        assertThat(compilation).hadErrorContaining("contains " + character + ", which cannot be part of the Flux file name");
    }

    @Test
    void nameInAnyScriptWithFilePunctuationIsFine() {
        Compilation compilation = compile(named("Intl", "\"wörter-zählen_日本~2\""));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "wörter-zählen_日本~2.yaml");
    }

    @Test
    void secondTopologyWithTheSameNamePointsAtItsName() {
        JavaFileObject first = named("First", "\"wordcount\"");
        JavaFileObject second = named("Second", "\"wordcount\"");

        Compilation compilation = compile(first, second);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateTopologyName] @Topology name \"wordcount\" is already the name of test.First"
                                + " (\"wordcount\"): both would write the Flux file wordcount.yaml")
                .inFile(second).onLineContaining("name = \"wordcount\")");
    }

    @Test
    void topologyNamesDifferingOnlyInCaseCollide() {
        JavaFileObject first = named("First", "\"WordCount\"");
        JavaFileObject second = named("Second", "\"wordcount\"");

        Compilation compilation = compile(first, second);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateTopologyName] @Topology name \"wordcount\" is already the name of test.First (\"WordCount\")")
                .inFile(second).onLineContaining("name = \"wordcount\")");
        assertThat(compilation).hadErrorContaining("collide on macOS and Windows");
    }

    @Test
    void emptyResourceDirsIsABadOptionListingTheAllowedValues() {
        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs=")
                .compile(Shellgen.testSource("Plain", "public interface Plain {}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[BadOption] processor option -Ashellgen.resourceDirs= is not valid: it is empty. Allowed values:"
                        + " existing directories that each hold a resources/ folder, separated by commas");
    }

    @Test
    void resourceDirsWithoutValueIsABadOption() {
        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs")
                .compile(Shellgen.testSource("Plain", "public interface Plain {}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BadOption] processor option -Ashellgen.resourceDirs= is not valid: it is empty");
    }

    @Test
    void shellComponentsWithoutTheRuntimeOnTheClassPathAreReportedOnTheTopologyOnce() throws Exception {
        // The annotations and Storm, but not shellgen-runtime, which the generated components extend.
        List<File> classPath = List.of(
                new File(io.github.shellgen.Topology.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                new File(org.apache.storm.Config.class.getProtectionDomain().getCodeSource().getLocation().toURI()));

        Compilation compilation = Shellgen.compiler(Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS
                        .toArray(String[]::new)))
                .withClasspath(classPath)
                .compile(Shellgen.WORD_COUNT);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RuntimeMissing] topology \"WordCount\" has shell components, and"
                + " their generated classes extend io.github.shellgen.runtime.SupervisedShellBolt from"
                + " storm-shellgen's runtime, which is not on the compile class path. Add the dependency"
                + " io.github.shellgen:shellgen-runtime")
                .inFile(Shellgen.WORD_COUNT).onLineContaining("@Topology");
    }
}
