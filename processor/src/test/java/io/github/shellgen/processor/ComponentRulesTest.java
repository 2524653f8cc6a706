package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One component on its own ({@code validate/ComponentRules}): its fields and streams, its parallelism
 * and tasks. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class ComponentRulesTest {

    @TempDir
    Path dir;

    @Test
    void emptyFieldNamePointsAtTheField() {
        JavaFileObject source = Shellgen.topologyWithSentences("blank",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        fields = {\"word\",",
                "                  \"\"})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyField] @PythonBolt fields has an empty field name (field 2 of [word, ])")
                .inFile(source).onLineContaining("                  \"\"})");
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

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NoFields] @PythonSpout on Sentences declares no fields")
                .inFile(source).onLineContaining("fields = {})");
    }

    @Test
    void parallelismBelowOnePointsAtTheParallelism() {
        JavaFileObject source = Shellgen.topologyWithSentences("idle",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\",",
                "        parallelism = 0)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

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

        Compilation compilation = Shellgen.compileTopology(dir, source);

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

        Compilation compilation = Shellgen.compileTopology(dir, source);

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

        assertThat(Shellgen.compileTopology(dir, source)).succeededWithoutWarnings();
    }

    @Test
    void streamNamedDefaultAndRepeatedStreamArePointedAt() {
        JavaFileObject source = Shellgen.topologyWithSentences("streams",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\", streams = {",
                "        @Stream(id = \"default\", fields = \"a\"),",
                "        @Stream(id = \"long\", fields = \"a\"),",
                "        @Stream(id = \"long\", fields = \"b\"),",
                "        @Stream(id = \"__mine\", fields = \"c\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[StreamId] @Stream id \"default\" is the default stream")
                .inFile(source).onLineContaining("@Stream(id = \"default\"");
        assertThat(compilation).hadErrorContaining("[DuplicateStream] @PythonBolt declares stream \"long\" twice")
                .inFile(source).onLineContaining("@Stream(id = \"long\", fields = \"b\")");
        assertThat(compilation).hadErrorContaining("[ReservedId] @Stream id \"__mine\"")
                .inFile(source).onLineContaining("__mine");
    }
}
