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
 * One test per diagnostic: its tag, and the line javac points at, which must be the annotation
 * value at fault. Each source spreads its annotations over several lines so the line means something.
 */
class DiagnosticsTest {

    @TempDir
    Path dir;

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

    @Test
    void unknownUpstreamPointsAtTheFromValue() {
        JavaFileObject source = Shellgen.testSource("Stray",
                "@Topology(name = \"stray\")",
                "public interface Stray {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    interface NotAComponent {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = NotAComponent.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownUpstream] @ShuffleGrouping from = ")
                .inFile(source).onLineContaining("from = NotAComponent.class");
        assertThat(compilation).hadErrorContaining("not a component of topology \"stray\"");
        assertThat(compilation).hadErrorContaining("Sentences.class, Splitter.class");
    }

    @Test
    void unknownUpstreamForAComponentOfAnotherTopology() {
        JavaFileObject other = Shellgen.testSource("Other",
                "@Topology(name = \"other\")",
                "public interface Other {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");
        JavaFileObject source = Shellgen.testSource("Borrower",
                "@Topology(name = \"borrower\")",
                "public interface Borrower {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Own {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Other.Sentences.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(List.of(other, source), "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownUpstream]")
                .inFile(source).onLineContaining("Other.Sentences.class");
    }

    @Test
    void unknownGroupingFieldPointsAtTheField() {
        JavaFileObject source = Shellgen.testSource("Typo",
                "@Topology(name = \"typo\")",
                "public interface Typo {",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(",
                "        script = \"countbolt.py\",",
                "        fields = {\"word\", \"count\"})",
                "    @FieldsGrouping(",
                "        from = Splitter.class,",
                "        fields = {\"word\",",
                "                  \"wrd\"})",
                "    interface Counter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "splitbolt.py", "countbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField] @FieldsGrouping field \"wrd\"")
                .inFile(source).onLineContaining("\"wrd\"");
        assertThat(compilation).hadErrorContaining("which declares [word]");
    }

    @Test
    void unknownStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.testSource("Streams",
                "@Topology(name = \"streams\")",
                "public interface Streams {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Sentences.class,",
                "        stream = \"nope\")",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownStream] @ShuffleGrouping stream \"nope\"")
                .inFile(source).onLineContaining("\"nope\"");
        assertThat(compilation).hadErrorContaining("\"default\" [sentence]");
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

        Compilation compilation = compileWithScripts(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ScriptPath] @PythonSpout script \"" + script + "\" " + problem)
                .inFile(source).onLineContaining("script = \"" + script + "\"");
    }

    @Test
    void componentOutsideTopologyPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.testSource("Loose",
                "/** A bolt nobody runs. */",
                "@PythonBolt(",
                "    script = \"splitbolt.py\",",
                "    fields = \"word\")",
                "public interface Loose {}");

        Compilation compilation = compileWithScripts(source, "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ComponentOutsideTopology] @PythonBolt on test.Loose")
                .inFile(source).onLineContaining("@PythonBolt(");
    }

    @Test
    void componentNestedTooDeepIsOutsideTopology() {
        JavaFileObject source = Shellgen.testSource("Deep",
                "@Topology(name = \"deep\")",
                "public interface Deep {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"line\")",
                "    interface Direct {}",
                "",
                "    interface Group {",
                "        @PythonSpout(",
                "            script = \"sentencespout.py\")",
                "        interface Sentences {}",
                "    }",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ComponentOutsideTopology] @PythonSpout on test.Deep.Group.Sentences")
                .inFile(source).onLineContaining("        @PythonSpout(");
    }

    @Test
    void unknownOptionIsAnErrorListingTheOptions() throws IOException {
        Compilation compilation = Shellgen.compiler(Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new)))
                .withOptions("-Ashellgen.resourceDirs=" + dir, "-Ashellgen.bogus=1")
                .compile(Shellgen.WORD_COUNT);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[UnknownOption] processor option -Ashellgen.bogus is not an option of storm-shellgen."
                        + " The options are: shellgen.python, shellgen.resourceDirs");
    }

    @Test
    void anEmptyPythonOptionIsAnErrorSayingWhatToGive() throws IOException {
        Compilation compilation = Shellgen.compiler(Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new)))
                .withOptions("-Ashellgen.resourceDirs=" + dir, "-Ashellgen.python= ")
                .compile(Shellgen.WORD_COUNT);

        assertThat(compilation).hadErrorContaining("[BadOption]");
        assertThat(compilation).hadErrorContaining("shellgen.python");
        assertThat(compilation).hadErrorContaining("a Python interpreter, by name on the PATH or by path");
    }

    @Test
    void resourceDirThatDoesNotExistIsABadOption() {
        Path missing = dir.resolve("no-such-dir");

        Compilation compilation = Shellgen.compile(missing, Shellgen.testSource("Plain",
                "public interface Plain {}"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BadOption] processor option -Ashellgen.resourceDirs=" + missing);
        assertThat(compilation).hadErrorContaining("is not a directory");
    }

    @Test
    void errorInARepeatedGroupingIsOnThatAnnotationsLine() {
        JavaFileObject source = Shellgen.testSource("Twice",
                "@Topology(name = \"twice\")",
                "public interface Twice {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    interface NotAComponent {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    @ShuffleGrouping(from = NotAComponent.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownUpstream]")
                .inFile(source).onLineContaining("from = NotAComponent.class");
    }

    @Test
    void errorInTheFirstOfRepeatedGroupingsIsOnThatAnnotationsLine() {
        JavaFileObject source = Shellgen.testSource("FirstOfTwo",
                "@Topology(name = \"firstoftwo\")",
                "public interface FirstOfTwo {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Lines {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class, fields = \"sentense\")",
                "    @FieldsGrouping(from = Lines.class, fields = \"sentence\")",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField]")
                .inFile(source).onLineContaining("\"sentense\"");
    }

    @Test
    void errorInAnExplicitContainerIsOnTheInnerAnnotationsLine() {
        JavaFileObject source = Shellgen.testSource("Contained",
                "@Topology(name = \"contained\")",
                "public interface Contained {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping.List({",
                "        @ShuffleGrouping(from = Sentences.class),",
                "        @ShuffleGrouping(from = Sentences.class,",
                "                         stream = \"nope\")})",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "sentencespout.py", "splitbolt.py");

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownStream]")
                .inFile(source).onLineContaining("\"nope\"");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        JavaFileObject source = Shellgen.testSource("Broken",
                "@Topology(name = \"broken\")",
                "public interface Broken {",
                "    @PythonSpout(",
                "        script = \"nosuchspout.py\",",
                "        fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(",
                "        from = Sentences.class,",
                "        fields = \"sentense\")",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @ShuffleGrouping(",
                "        from = Splitter.class,",
                "        stream = \"words\")",
                "    interface Counter {}",
                "}");

        Compilation compilation = compileWithScripts(source, "splitbolt.py", "countbolt.py");

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[ScriptNotFound]")
                .inFile(source).onLineContaining("\"nosuchspout.py\"");
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField]")
                .inFile(source).onLineContaining("\"sentense\"");
        assertThat(compilation).hadErrorContaining("[UnknownStream]")
                .inFile(source).onLineContaining("\"words\"");
    }

    private Compilation compileWithScripts(JavaFileObject source, String... scripts) {
        return compileWithScripts(List.of(source), scripts);
    }

    private Compilation compileWithScripts(List<JavaFileObject> sources, String... scripts) {
        try {
            return Shellgen.compiler(Shellgen.withScripts(dir, scripts)).compile(sources);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
