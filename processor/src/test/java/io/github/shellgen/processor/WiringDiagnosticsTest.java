package io.github.shellgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic about how components connect (beyond the upstream, stream and field
 * checks in {@link DiagnosticsTest}): tag, key words, line.
 */
class WiringDiagnosticsTest {

    @TempDir
    Path dir;

    /** Topology {@code name} with a spout {@code Sentences} emitting {@code sentence}, then {@code body}. */
    private Compilation compile(JavaFileObject source) {
        return Shellgen.compileWithScripts(dir, List.of(source), "sentencespout.py", "splitbolt.py", "countbolt.py");
    }

    @Test
    void boltWithoutGroupingPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("deaf",
                "    @PythonBolt(",
                "        script = \"splitbolt.py\", fields = \"word\")",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BoltWithoutInput] @PythonBolt on Splitter has no grouping")
                .inFile(source).onLineContaining("@PythonBolt(");
        assertThat(compilation).hadErrorContaining("Flux silently drops a bolt");
        assertThat(compilation).hadErrorContaining("@ShuffleGrouping(from = Sentences.class)");
    }

    @Test
    void fieldsGroupingOnNoFieldsPointsAtTheEmptyList() {
        JavaFileObject source = Shellgen.topologyWithSentences("nofields",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class,",
                "        fields = {})",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NoGroupingFields] @FieldsGrouping from Sentences.class names no fields")
                .inFile(source).onLineContaining("fields = {})");
        assertThat(compilation).hadErrorContaining("global grouping");
    }

    @Test
    void groupingFieldNamedTwicePointsAtTheRepeat() {
        JavaFileObject source = Shellgen.topologyWithSentences("regroup",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class,",
                "        fields = {\"sentence\",",
                "                  \"sentence\"})",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateField] @FieldsGrouping fields names field \"sentence\" twice (fields 1 and 2)")
                .inFile(source).onLineContaining("                  \"sentence\"})");
    }

    @Test
    void secondGroupingOnTheSameStreamPointsAtTheSecond() {
        JavaFileObject source = Shellgen.topologyWithSentences("again",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    @FieldsGrouping(from = Sentences.class, fields = \"sentence\")",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateInput] @FieldsGrouping from Sentences.class, stream \"default\", repeats an input"
                                + " that Splitter already declares with @ShuffleGrouping")
                .inFile(source).onLineContaining("@FieldsGrouping(");
        assertThat(compilation).hadErrorContaining("Storm keeps one grouping per upstream stream, the last one");
    }

    @Test
    void repeatedIdenticalGroupingPointsAtTheSecondAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("repeat",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    @ShuffleGrouping(from = Sentences.class, stream = \"default\")",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DuplicateInput] @ShuffleGrouping from Sentences.class")
                .inFile(source).onLineContaining("stream = \"default\"");
    }

    @Test
    void systemStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.topologyWithSentences("ticks",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class,",
                "        stream = \"__tick\")",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ReservedId] @ShuffleGrouping stream \"__tick\" starts with \"__\"")
                .inFile(source).onLineContaining("stream = \"__tick\"");
        assertThat(compilation).hadErrorContaining("(\"__tick is not a valid stream id.\")");
    }

    @Test
    void fluxPlaceholderInAStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.topologyWithSentences("envstream",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class,",
                "        stream = \"${STREAM}\")",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @ShuffleGrouping stream \"${STREAM}\"")
                .inFile(source).onLineContaining("stream = \"${STREAM}\"");
    }

    @Test
    void fluxPlaceholderInAGroupingFieldPointsAtTheField() {
        JavaFileObject source = Shellgen.testSource("Envfield",
                "@Topology(name = \"envfield\")",
                "public interface Envfield {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"${key}\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class,",
                "        fields = \"${key}\")",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @FieldsGrouping field \"${key}\"")
                .inFile(source).onLineContaining("        fields = \"${key}\")");
    }

    @Test
    void boltsInALoopNoSpoutFeedsAreWarnedAbout() {
        JavaFileObject source = Shellgen.topologyWithSentences("loop",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Echo.class)",
                "    interface Ping {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\", fields = \"word\",",
                "        id = \"echo\")",
                "    @ShuffleGrouping(from = Ping.class)",
                "    interface Echo {}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertThat(compilation).hadWarningContaining(
                        "[Unreachable] @PythonBolt on Ping is not reached from any spout: it reads only from Echo")
                .inFile(source).onLineContaining("\"countbolt.py\", fields = \"word\")");
        assertThat(compilation).hadWarningContaining("[Unreachable] @PythonBolt on Echo")
                .inFile(source).onLineContaining("\"countbolt.py\", fields = \"word\",");
    }
}
