package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
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

/**
 * The shape of the annotated interfaces ({@code validate/ElementRules}): an interface, not private, not
 * generic, no method the generated class cannot implement; one component annotation each; the runtime
 * on the class path. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class ElementRulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "class Splitter {}           | class",
            "enum Splitter { ONE }       | enum",
            "@interface Splitter {}      | annotation type",
            "record Splitter(int n) {}   | record"})
    void componentOnSomethingOtherThanAnInterfacePointsAtTheAnnotation(String declaration, String kind) {
        JavaFileObject source = Shellgen.topologyWithSentences("kinds",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    " + declaration);

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[NotAnInterface] @PythonBolt is on " + kind + " test.Kinds.Splitter, which is not an interface")
                .inFile(source).onLineContaining("@PythonBolt(");
    }

    @Test
    void topologyOnAClassPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.testSource("Wrong",
                "@Topology(name = \"wrong\")",
                "public class Wrong {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NotAnInterface] @Topology is on class test.Wrong")
                .inFile(source).onLineContaining("@Topology(");
    }

    @Test
    void privateTopologyInterfacePointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.testSource("Holder",
                "public class Holder {",
                "    @Topology(name = \"hidden\")",
                "    private interface Hidden {",
                "        @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "        interface Sentences {}",
                "    }",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[PrivateInterface] @Topology is on test.Holder.Hidden, which is private")
                .inFile(source).onLineContaining("@Topology(");
    }

    @Test
    void topologyNestedInAPrivateClassIsPrivateToo() {
        JavaFileObject source = Shellgen.testSource("Outer",
                "public class Outer {",
                "    private static class Inner {",
                "        @Topology(name = \"inner\")",
                "        interface Nested {",
                "            @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "            interface Sentences {}",
                "        }",
                "    }",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("(it is nested in a private type)")
                .inFile(source).onLineContaining("@Topology(");
    }

    @Test
    void genericComponentInterfacePointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("generic",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter<T> {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GenericInterface] @PythonBolt is on test.Generic.Splitter, which has type parameters <T>")
                .inFile(source).onLineContaining("@PythonBolt(");
    }

    @Test
    void genericTopologyInterfacePointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.testSource("Gen",
                "@Topology(name = \"gen\")",
                "public interface Gen<K, V> {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[GenericInterface] @Topology is on test.Gen, which has type parameters <K, V>")
                .inFile(source).onLineContaining("@Topology(");
    }

    @Test
    void abstractMethodTheGeneratedClassCannotImplementPointsAtTheAnnotation() {
        JavaFileObject source = Shellgen.topologyWithSentences("methods",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {",
                "        String split(String sentence);",
                "    }");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[AbstractMethod] @PythonBolt interface test.Methods.Splitter declares abstract method"
                                + " split(java.lang.String), which the generated MethodsSplitterBolt cannot implement")
                .inFile(source).onLineContaining("@PythonBolt(");
    }

    @Test
    void methodsThatShellBoltOrADefaultImplementAreFine() {
        JavaFileObject source = Shellgen.topologyWithSentences("implemented",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter extends org.apache.storm.topology.IRichBolt {",
                "        String toString();",
                "        default String describe() { return \"splitter\"; }",
                "    }");

        assertThat(Shellgen.compileTopology(dir, source)).succeededWithoutWarnings();
    }

    @Test
    void twoComponentAnnotationsPointAtTheSecond() {
        JavaFileObject source = Shellgen.topologyWithSentences("both",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Either {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(
                        "[TwoComponentAnnotations] @PythonBolt is on test.Both.Either, which is already a @PythonSpout")
                .inFile(source).onLineContaining("@PythonBolt(");
        // The first annotation stands: as a spout, its grouping is wrong too.
        assertThat(compilation).hadErrorContaining("[SpoutWithGrouping]");
    }

    @Test
    void twoComponentAnnotationsAreTakenInSourceOrder() {
        JavaFileObject source = Shellgen.topologyWithSentences("order",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\")",
                "    @PythonSpout(script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Either {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[TwoComponentAnnotations] @PythonSpout is on test.Order.Either, which is already a @PythonBolt")
                .inFile(source).onLineContaining("@PythonSpout(script = \"splitbolt.py\",");
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
