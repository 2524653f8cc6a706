package io.github.shellgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per diagnostic about a single component: what it runs, what it declares, how many of it
 * run, and the shape of its interface. Each asserts the tag, the message's key words, and the line.
 */
class ComponentDiagnosticsTest {

    @TempDir
    Path dir;

    /** The topology {@code name}, with a valid spout {@code Sentences} first, then {@code body}. */
    private Compilation compile(JavaFileObject... sources) {
        return Shellgen.compileWithScripts(dir, List.of(sources),
                "sentencespout.py", "splitbolt.py", "countbolt.py", "splitbolt.rb");
    }

    @Test
    void scriptNotEndingInPyIsAWarningOnTheScriptAndStillGenerates() {
        JavaFileObject source = Shellgen.topologyWithSentences("ext",
                "    @PythonBolt(",
                "        script = \"splitbolt.rb\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyInterpreter] @PythonBolt interpreter is empty")
                .inFile(source).onLineContaining("interpreter = \"\"");
        assertThat(compilation).hadErrorContaining("\"Error when launching multilang subprocess\"");
    }

    @Test
    void emptyFieldNamePointsAtTheField() {
        JavaFileObject source = Shellgen.topologyWithSentences("blank",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = {\"word\",",
                "                  \"\"})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyField] @PythonBolt fields has an empty field name (field 2 of [word, ])")
                .inFile(source).onLineContaining("                  \"\"})");
    }

    @Test
    void duplicateDeclaredFieldPointsAtTheRepeat() {
        JavaFileObject source = Shellgen.topologyWithSentences("twice",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = {\"word\", \"count\",",
                "                  \"word\"})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DuplicateField] @PythonBolt fields names field \"word\" twice (fields 1 and 3)")
                .inFile(source).onLineContaining("                  \"word\"})");
        assertThat(compilation).hadErrorContaining("(\"duplicate field 'word'\")");
    }

    @Test
    void spoutWithoutFieldsPointsAtTheEmptyList() {
        JavaFileObject source = Shellgen.testSource("Mute",
                "@Topology(name = \"mute\")",
                "public interface Mute {",
                "    @PythonSpout(script = \"sentencespout.py\",",
                "        fields = {})",
                "    interface Sentences {}",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NoFields] @PythonSpout on Sentences declares no fields")
                .inFile(source).onLineContaining("fields = {})");
    }

    @Test
    void reservedExplicitIdPointsAtTheId() {
        JavaFileObject source = Shellgen.topologyWithSentences("reserved",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        id = \"__acker\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[FluxPlaceholder] @PythonBolt id \"split-${env}\" contains \"${...}\"")
                .inFile(source).onLineContaining("id = \"split-${env}\"");
        assertThat(compilation).hadErrorContaining("NullPointerException");
    }

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

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[DuplicateComponentId] @PythonBolt id \"splitter\" is already the id of @PythonBolt Splitter in topology \"clash\"")
                .inFile(source).onLineContaining("id = \"splitter\"");
        assertThat(compilation).hadErrorContaining("(\"Bolt has already been declared for id splitter\")");
    }

    @Test
    void parallelismBelowOnePointsAtTheParallelism() {
        JavaFileObject source = Shellgen.topologyWithSentences("idle",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        parallelism = 0)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Parallelism] @PythonBolt parallelism = 0 is less than 1")
                .inFile(source).onLineContaining("parallelism = 0");
        assertThat(compilation).hadErrorContaining("(\"Parallelism must be positive.\")");
    }

    @Test
    void negativeTasksPointsAtTheTasks() {
        JavaFileObject source = Shellgen.topologyWithSentences("negative",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        tasks = -1)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[Tasks] @PythonBolt tasks = -1 is negative")
                .inFile(source).onLineContaining("tasks = -1");
    }

    @Test
    void fewerTasksThanExecutorsIsAWarningOnTheTasks() {
        JavaFileObject source = Shellgen.topologyWithSentences("starved",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\", parallelism = 4,",
                "        tasks = 2)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(
                        "[FewerTasksThanExecutors] @PythonBolt tasks = 2 is less than parallelism = 4")
                .inFile(source).onLineContaining("tasks = 2");
        assertThat(compilation).hadWarningContaining("only 2 executors (and 2 script processes) would run");
    }

    @Test
    void zeroTasksOrAtLeastOnePerExecutorIsFine() {
        JavaFileObject source = Shellgen.topologyWithSentences("tasks",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\", parallelism = 2, tasks = 0)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "",
                "    @PythonBolt(script = \"countbolt.py\", parallelism = 2, tasks = 2)",
                "    @ShuffleGrouping(from = Splitter.class)",
                "    interface Counter {}");

        assertThat(compile(source)).succeededWithoutWarnings();
    }

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

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

        assertThat(compile(source)).succeededWithoutWarnings();
    }

    @Test
    void twoComponentAnnotationsPointAtTheSecond() {
        JavaFileObject source = Shellgen.topologyWithSentences("both",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Either {}");

        Compilation compilation = compile(source);

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

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[TwoComponentAnnotations] @PythonSpout is on test.Order.Either, which is already a @PythonBolt")
                .inFile(source).onLineContaining("@PythonSpout(script = \"splitbolt.py\",");
    }

    @Test
    void spoutWithAGroupingPointsAtTheGrouping() {
        JavaFileObject source = Shellgen.topologyWithSentences("spoutin",
                "    @PythonSpout(script = \"splitbolt.py\", fields = \"word\")",
                "    @ShuffleGrouping(",
                "        from = Sentences.class)",
                "    interface Words {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[SpoutWithGrouping] @ShuffleGrouping is on spout Words")
                .inFile(source).onLineContaining("@ShuffleGrouping(");
        assertThat(compilation).hadErrorContaining("(\"May not declare inputs for a spout\")");
    }

    @Test
    void groupingOnAnInterfaceThatIsNotAComponentPointsAtTheGrouping() {
        JavaFileObject source = Shellgen.topologyWithSentences("orphan",
                "    @ShuffleGrouping(",
                "        from = Sentences.class)",
                "    interface Forgotten {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GroupingWithoutBolt] @ShuffleGrouping is on test.Orphan.Forgotten, which is not a component")
                .inFile(source).onLineContaining("@ShuffleGrouping(");
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

        Compilation compilation = compile(a, ab);

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

        Compilation compilation = compile(source, handWritten);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                        "[GeneratedNameClash] storm-shellgen would generate test.TakenTopology for test.Taken")
                .inFile(source).onLineContaining("@Topology(");
        assertThat(compilation).hadErrorContaining("a source of this compilation declares it");
    }
}
