package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every id and field list obeys ({@code validate/NameRules}): no id in Storm's system
 * namespace, no Flux placeholder, no field twice. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class NameRulesTest {

    @TempDir
    Path dir;

    @Test
    void duplicateDeclaredFieldPointsAtTheRepeat() {
        JavaFileObject source = Shellgen.topologyWithSentences("twice",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = {\"word\", \"count\",",
                "                  \"word\"})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DuplicateField] @PythonBolt fields names field \"word\" twice (fields 1 and 3)")
                .inFile(source).onLineContaining("                  \"word\"})");
        assertThat(compilation).hadErrorContaining("(\"duplicate field 'word'\")");
    }

    @Test
    void reservedExplicitIdPointsAtTheId() {
        JavaFileObject source = Shellgen.topologyWithSentences("reserved",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        id = \"__acker\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[ReservedId] @PythonBolt id \"__acker\" starts with \"__\"")
                .inFile(source).onLineContaining("id = \"__acker\"");
        assertThat(compilation).hadErrorContaining(
                "Nimbus rejects the topology at submission (\"__acker is not a valid component id.\")");
    }

    @Test
    void reservedIdTakenFromTheInterfaceNamePointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("hidden",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"hidden\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface __Hidden {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[ReservedId] @PythonBolt id (taken from the interface name __Hidden) \"__Hidden\"")
                .inFile(source).onLineContaining("fields = \"hidden\")");
    }

    @Test
    void fluxPlaceholderInAnIdPointsAtTheId() {
        JavaFileObject source = Shellgen.topologyWithSentences("placeholder",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        id = \"split-${env}\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @PythonBolt id \"split-${env}\" contains \"${...}\"")
                .inFile(source).onLineContaining("id = \"split-${env}\"");
        assertThat(compilation).hadErrorContaining("NullPointerException");
    }

    @Test
    void topologyConfigWithAPlaceholderAndABadSerializerAreReported() {
        JavaFileObject source = Shellgen.testSource("Topo",
                "@Topology(name = \"topo\", workers = 2,",
                "    config = {@Conf(key = \"x\", value = \"${y}\"), @Conf(key = \"topology.workers\", value = \"3\")},",
                "    multilangSerializer = Runnable.class)",
                "public interface Topo {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @Topology @Conf value \"${y}\"")
                .inFile(source).onLineContaining("${y}");
        assertThat(compilation).hadErrorContaining("[ConfKey] @Topology @Conf key \"topology.workers\" is what"
                        + " @Topology's workers sets")
                .inFile(source).onLineContaining("${y}");
        assertThat(compilation).hadErrorContaining("[UnusableClass] @Topology multilangSerializer = Runnable.class:"
                        + " java.lang.Runnable is not a class")
                .inFile(source).onLineContaining("multilangSerializer = Runnable.class");
    }

    @Test
    void groupingFieldNamedTwicePointsAtTheRepeat() {
        JavaFileObject source = Shellgen.topologyWithSentences("regroup",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @FieldsGrouping(from = Sentences.class,",
                "        fields = {\"sentence\",",
                "                  \"sentence\"})",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateField] @FieldsGrouping fields names field \"sentence\" twice (fields 1 and 2)")
                .inFile(source).onLineContaining("                  \"sentence\"})");
    }

    @Test
    void systemStreamPointsAtTheStream() {
        JavaFileObject source = Shellgen.topologyWithSentences("ticks",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class,",
                "        stream = \"__tick\")",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

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

        Compilation compilation = Shellgen.compileTopology(dir, source);

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

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @FieldsGrouping field \"${key}\"")
                .inFile(source).onLineContaining("        fields = \"${key}\")");
    }
}
