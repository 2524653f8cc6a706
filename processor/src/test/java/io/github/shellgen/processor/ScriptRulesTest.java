package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a component runs ({@code validate/ScriptRules}): a script inside {@code resources/} that exists,
 * an interpreter, a command without empty parts. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class ScriptRulesTest {

    @TempDir
    Path dir;

    @Test
    void scriptNotEndingInPyIsAWarningOnTheScriptAndStillGenerates() {
        JavaFileObject source = Shellgen.topologyWithSentences("ext",
                "    @PythonBolt(",
                "        script = \"splitbolt.rb\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(
                        "[ScriptExtension] @PythonBolt script \"splitbolt.rb\" does not end in .py, yet it runs as \"python3 splitbolt.rb\"")
                .inFile(source).onLineContaining("\"splitbolt.rb\"");
        assertThat(compilation).generatedSourceFile("test.ExtSplitterBolt");
    }

    @Test
    void scriptInTheRuntimeFolderPointsAtTheScript() {
        JavaFileObject source = Shellgen.topologyWithSentences("reserved",
                "    @PythonBolt(",
                "        script = \"shellgen/splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ReservedScriptFolder] @PythonBolt script \"shellgen/splitbolt.py\""
                        + " is in resources/shellgen/, the folder where storm-shellgen puts its Python runtime")
                .inFile(source).onLineContaining("\"shellgen/splitbolt.py\"");
    }

    @Test
    void emptyInterpreterPointsAtTheInterpreter() {
        JavaFileObject source = Shellgen.topologyWithSentences("interp",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        interpreter = \"\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyInterpreter] @PythonBolt interpreter is empty")
                .inFile(source).onLineContaining("interpreter = \"\"");
        assertThat(compilation).hadErrorContaining("\"Error when launching multilang subprocess\"");
    }

    @Test
    void scriptNotFoundPointsAtTheScriptAndListsThePlacesLooked() throws IOException {
        Shellgen.withScripts(dir, "sentencespout.py");
        JavaFileObject source = Shellgen.testSource("Missing",
                "@Topology(name = \"missing\")",
                "public interface Missing {",
                "    @PythonSpout(",
                "        script = \"sentencespout.py\",",
                "        fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = Shellgen.compile(dir, source);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ScriptNotFound] @PythonBolt script \"splitbolt.py\"")
                .inFile(source).onLineContaining("\"splitbolt.py\"");
        String expectedPlace = dir.toAbsolutePath().normalize().resolve("resources/splitbolt.py").toString();
        assertThat(compilation).hadErrorContaining("(looked in: " + expectedPlace + ", the source path");
        assertThat(compilation).hadErrorContaining("the class output");
        assertThat(compilation).hadErrorContaining("the class path");
        assertThat(compilation).hadErrorContaining("-Ashellgen.resourceDirs=");
    }

    @ParameterizedTest(name = "script = \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "../x.py | contains \"..\"",
            "bolts/../../x.py | contains \"..\"",
            "/abs.py | is absolute",
            "''      | is empty",
            "bolts/  | names a folder"})
    void scriptPathMustStayInsideResources(String script, String problem) {
        JavaFileObject source = Shellgen.testSource("Paths",
                "@Topology(name = \"paths\")",
                "public interface Paths {",
                "    @PythonSpout(",
                "        fields = \"sentence\",",
                "        script = \"" + script + "\")",
                "    interface Sentences {}",
                "}");

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ScriptPath] @PythonSpout script \"" + script + "\" " + problem)
                .inFile(source).onLineContaining("script = \"" + script + "\"");
    }

    @Test
    void emptyShellCommandPointsAtIt() {
        JavaFileObject source = Shellgen.topologyWithSentences("nocommand",
                "    @ShellBolt(",
                "        command = {}, fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyCommand] @ShellBolt command is empty")
                .inFile(source).onLineContaining("command = {}");
    }

    @Test
    void blankCommandPartAndMissingScriptArePointedAt() {
        JavaFileObject source = Shellgen.topologyWithSentences("parts",
                "    @ShellBolt(command = {\"node\",",
                "        \"\",",
                "        \"missing.js\"}, fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[EmptyCommandPart] @ShellBolt command part 2 is empty")
                .inFile(source).onLineContaining("        \"\",");
        assertThat(compilation).hadErrorContaining("[ScriptNotFound] @ShellBolt script \"missing.js\"")
                .inFile(source).onLineContaining("\"missing.js\"}");
    }

    @Test
    void shellCommandArgumentsThatAreNotScriptsAreLeftAlone() {
        JavaFileObject source = Shellgen.topologyWithSentences("args",
                "    @ShellBolt(command = {\"node\", \"--max-old-space-size=64\", \"splitbolt.js\", \"en_US\"},"
                        + " fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        assertThat(Shellgen.compileTopology(dir, source)).succeededWithoutWarnings();
    }
}
