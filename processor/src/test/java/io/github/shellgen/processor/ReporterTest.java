package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where diagnostics land ({@code diagnostic/Reporter}): on the exact annotation of a repeated or
 * contained annotation, and every problem of an element, not just the first. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class ReporterTest {

    @TempDir
    Path dir;

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

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py");

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

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py");

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

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py");

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

        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "splitbolt.py", "countbolt.py");

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[ScriptNotFound]")
                .inFile(source).onLineContaining("\"nosuchspout.py\"");
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField]")
                .inFile(source).onLineContaining("\"sentense\"");
        assertThat(compilation).hadErrorContaining("[UnknownStream]")
                .inFile(source).onLineContaining("\"words\"");
    }
}
