package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The topology as a whole ({@code validate/TopologyRules}): its name, a spout, unique component ids,
 * generated names that meet nothing else. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class TopologyRulesTest {

    @TempDir
    Path dir;

    @Test
    void explicitIdCollidingWithAnotherComponentsIdPointsAtTheId() {
        JavaFileObject source = Shellgen.topologyWithSentences("clash",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\",",
                "        id = \"splitter\")",
                "    @ShuffleGrouping(from = Splitter.class)",
                "    interface Counter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateComponentId] @PythonBolt id \"splitter\" is already the id of @PythonBolt Splitter in topology \"clash\"")
                .inFile(source).onLineContaining("id = \"splitter\"");
        assertThat(compilation).hadErrorContaining("(\"Bolt has already been declared for id splitter\")");
    }

    @Test
    void generatedNamesOfTwoTopologiesMeetingPointsAtTheSecond() {
        // A.BC and AB.C both become ABCBolt.
        JavaFileObject a = Shellgen.testSource("A",
                "@Topology(name = \"a\")",
                "public interface A {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface BC {}",
                "}");
        JavaFileObject ab = Shellgen.testSource("AB",
                "@Topology(name = \"ab\")",
                "public interface AB {",
                "    @PythonSpout(script = \"sentencespout.py\",",
                "        fields = \"sentence\")",
                "    interface C {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, a, ab);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GeneratedNameClash] storm-shellgen would generate test.ABCSpout for test.AB.C,"
                                + " but that file already exists in this compilation (it is generated for test.A.BC)")
                .inFile(ab).onLineContaining("@PythonSpout(");
    }

    @Test
    void generatedNameMeetingATypeOfTheSourcesPointsAtTheTopology() {
        JavaFileObject source = Shellgen.topologyWithSentences("taken");
        JavaFileObject handWritten = Shellgen.source("test.TakenTopology",
                "package test;",
                "",
                "final class TakenTopology {}");

        Compilation compilation = Shellgen.compileTopology(dir, source, handWritten);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GeneratedNameClash] storm-shellgen would generate test.TakenTopology for test.Taken")
                .inFile(source).onLineContaining("@Topology(");
        assertThat(compilation).hadErrorContaining("a source of this compilation declares it");
    }

    @Test
    void topologyWithoutSpoutPointsAtTheTopologyAnnotation() {
        JavaFileObject source = Shellgen.testSource("Silent",
                "@Topology(name = \"silent\")",
                "public interface Silent {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

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
        JavaFileObject source = Shellgen.namedTopology("Bad", literal);

        Compilation compilation = Shellgen.compileTopology(dir, source);

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
        JavaFileObject source = Shellgen.namedTopology("Unwritable", literal);

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxFileName] @Topology name ")
                .inFile(source).onLineContaining("name = " + literal + ")");
        assertThat(compilation).hadErrorContaining("contains " + character + ", which cannot be part of the Flux file name");
    }

    @Test
    void nameInAnyScriptWithFilePunctuationIsFine() {
        Compilation compilation = Shellgen.compileTopology(dir, Shellgen.namedTopology("Intl", "\"wörter-zählen_日本~2\""));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "wörter-zählen_日本~2.yaml");
    }

    @Test
    void secondTopologyWithTheSameNamePointsAtItsName() {
        JavaFileObject first = Shellgen.namedTopology("First", "\"wordcount\"");
        JavaFileObject second = Shellgen.namedTopology("Second", "\"wordcount\"");

        Compilation compilation = Shellgen.compileTopology(dir, first, second);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateTopologyName] @Topology name \"wordcount\" is already the name of test.First"
                                + " (\"wordcount\"): both would write the Flux file wordcount.yaml")
                .inFile(second).onLineContaining("name = \"wordcount\")");
    }

    @Test
    void topologyNamesDifferingOnlyInCaseCollide() {
        JavaFileObject first = Shellgen.namedTopology("First", "\"WordCount\"");
        JavaFileObject second = Shellgen.namedTopology("Second", "\"wordcount\"");

        Compilation compilation = Shellgen.compileTopology(dir, first, second);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateTopologyName] @Topology name \"wordcount\" is already the name of test.First (\"WordCount\")")
                .inFile(second).onLineContaining("name = \"wordcount\")");
        assertThat(compilation).hadErrorContaining("collide on macOS and Windows");
    }
}
