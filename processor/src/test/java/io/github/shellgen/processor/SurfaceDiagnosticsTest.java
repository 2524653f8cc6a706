package io.github.shellgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic about streams, the other groupings, Java and shell components, and
 * component and topology settings: tag, key words, line.
 */
class SurfaceDiagnosticsTest {

    @TempDir
    Path dir;

    private Compilation compile(JavaFileObject... sources) {
        return Shellgen.compileWithScripts(dir, List.of(sources), "sentencespout.py", "splitbolt.py", "countbolt.py",
                "splitbolt.js");
    }

    private static JavaFileObject topology(String name, String... body) {
        return Shellgen.topologyWithSentences(name, body);
    }

    @Test
    void emptyShellCommandPointsAtIt() {
        JavaFileObject source = topology("nocommand",
                "    @ShellBolt(",
                "        command = {}, fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[EmptyCommand] @ShellBolt command is empty")
                .inFile(source).onLineContaining("command = {}");
    }

    @Test
    void blankCommandPartAndMissingScriptArePointedAt() {
        JavaFileObject source = topology("parts",
                "    @ShellBolt(command = {\"node\",",
                "        \"\",",
                "        \"missing.js\"}, fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[EmptyCommandPart] @ShellBolt command part 2 is empty")
                .inFile(source).onLineContaining("        \"\",");
        assertThat(compilation).hadErrorContaining("[ScriptNotFound] @ShellBolt script \"missing.js\"")
                .inFile(source).onLineContaining("\"missing.js\"}");
    }

    @Test
    void shellCommandArgumentsThatAreNotScriptsAreLeftAlone() {
        JavaFileObject source = topology("args",
                "    @ShellBolt(command = {\"node\", \"--max-old-space-size=64\", \"splitbolt.js\", \"en_US\"},"
                        + " fields = \"word\")",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        assertThat(compile(source)).succeededWithoutWarnings();
    }

    @Test
    void streamNamedDefaultAndRepeatedStreamArePointedAt() {
        JavaFileObject source = topology("streams",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"word\", streams = {",
                "        @Stream(id = \"default\", fields = \"a\"),",
                "        @Stream(id = \"long\", fields = \"a\"),",
                "        @Stream(id = \"long\", fields = \"b\"),",
                "        @Stream(id = \"__mine\", fields = \"c\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[StreamId] @Stream id \"default\" is the default stream")
                .inFile(source).onLineContaining("@Stream(id = \"default\"");
        assertThat(compilation).hadErrorContaining("[DuplicateStream] @PythonBolt declares stream \"long\" twice")
                .inFile(source).onLineContaining("@Stream(id = \"long\", fields = \"b\")");
        assertThat(compilation).hadErrorContaining("[ReservedId] @Stream id \"__mine\"")
                .inFile(source).onLineContaining("__mine");
    }

    @Test
    void directGroupingOnAStreamThatIsNotDirectPointsAtTheStream() {
        JavaFileObject source = topology("notdirect",
                "    @PythonBolt(script = \"splitbolt.py\", streams = @Stream(id = \"words\", fields = \"word\"))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @DirectGrouping(from = Splitter.class,",
                "        stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NotDirectStream] @DirectGrouping subscribes to stream \"words\"")
                .inFile(source).onLineContaining("stream = \"words\")");
    }

    @Test
    void otherGroupingOnADirectStreamPointsAtTheStream() {
        JavaFileObject source = topology("direct",
                "    @PythonBolt(script = \"splitbolt.py\", streams = @Stream(id = \"words\", fields = \"word\","
                        + " direct = true))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @ShuffleGrouping(from = Splitter.class,",
                "        stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DirectStreamGrouping] @ShuffleGrouping subscribes to stream \"words\"")
                .inFile(source).onLineContaining("stream = \"words\")");
    }

    @Test
    void directGroupingFromStockStormPyWarnsAboutStormsBug() {
        JavaFileObject source = topology("stockdirect",
                "    @PythonBolt(script = \"splitbolt.py\", runtime = PythonRuntime.STOCK,",
                "        streams = @Stream(id = \"words\", fields = \"word\", direct = true))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "    @PythonBolt(script = \"countbolt.py\")",
                "    @DirectGrouping(from = Splitter.class, stream = \"words\")",
                "    interface Counter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[DirectEmitBug] @DirectGrouping from \"splitter\"")
                .inFile(source).onLineContaining("@DirectGrouping(from = Splitter.class");
    }

    @Test
    void partialKeyGroupingOnAnUnknownFieldPointsAtTheField() {
        JavaFileObject source = topology("pkg",
                "    @PythonBolt(script = \"splitbolt.py\")",
                "    @PartialKeyGrouping(from = Sentences.class, fields = {\"sentence\",",
                "        \"word\"})",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownGroupingField] @PartialKeyGrouping field \"word\"")
                .inFile(source).onLineContaining("\"word\"})");
    }

    @Test
    void customGroupingClassThatIsNotAGroupingPointsAtUsing() {
        JavaFileObject source = topology("custom",
                "    @PythonBolt(script = \"splitbolt.py\")",
                "    @CustomGrouping(from = Sentences.class,",
                "        using = String.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnusableClass] @CustomGrouping using = String.class:"
                        + " java.lang.String does not implement org.apache.storm.grouping.CustomStreamGrouping")
                .inFile(source).onLineContaining("using = String.class)");
    }

    @Test
    void javaComponentClassesAreCheckedForWhatStormNeeds() {
        JavaFileObject helpers = Shellgen.testSource("Helpers",
                "public final class Helpers {",
                "    public abstract static class AbstractBolt extends org.apache.storm.topology.base.BaseRichBolt {}",
                "    public static class NotABolt {}",
                "    public static class NoConstructor extends org.apache.storm.testing.TestWordSpout {",
                "        public NoConstructor(int x) {}",
                "    }",
                "}");
        JavaFileObject source = topology("javas",
                "    @JavaBolt(",
                "        value = Helpers.AbstractBolt.class)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface A {}",
                "    @JavaBolt(",
                "        value = Helpers.NotABolt.class)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface B {}",
                "    @JavaSpout(",
                "        value = Helpers.NoConstructor.class, fields = \"word\")",
                "    interface C {}");

        Compilation compilation = compile(source, helpers);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[UnusableClass] @JavaBolt value = AbstractBolt.class: test.Helpers.AbstractBolt is abstract")
                .inFile(source).onLineContaining("value = Helpers.AbstractBolt.class");
        assertThat(compilation).hadErrorContaining("test.Helpers.NotABolt does not implement"
                        + " org.apache.storm.topology.IRichBolt or org.apache.storm.topology.IBasicBolt")
                .inFile(source).onLineContaining("value = Helpers.NotABolt.class");
        assertThat(compilation).hadErrorContaining("test.Helpers.NoConstructor has no public no-arg constructor")
                .inFile(source).onLineContaining("value = Helpers.NoConstructor.class");
    }

    @Test
    void settingsOutOfRangeArePointedAt() {
        JavaFileObject source = Shellgen.testSource("Ranges",
                "@Topology(name = \"ranges\",",
                "    ackers = -2)",
                "public interface Ranges {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\",",
                "        maxPending = -1)",
                "    interface Sentences {}",
                "    @PythonBolt(script = \"splitbolt.py\", tickFreqSecs = -5,",
                "        metrics = @Metric(name = \"m\", intervalSecs = 0))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[SettingRange] @Topology ackers = -2 is less than -1")
                .inFile(source).onLineContaining("ackers = -2)");
        assertThat(compilation).hadErrorContaining("[SettingRange] @PythonSpout maxPending = -1 is less than 0")
                .inFile(source).onLineContaining("maxPending = -1)");
        assertThat(compilation).hadErrorContaining("[SettingRange] @PythonBolt tickFreqSecs = -5 is less than 0")
                .inFile(source).onLineContaining("tickFreqSecs = -5");
        assertThat(compilation).hadErrorContaining("[SettingRange] @Metric \"m\" intervalSecs = 0 is less than 1")
                .inFile(source).onLineContaining("intervalSecs = 0");
    }

    @Test
    void configKeysStormDropsOrThatRepeatAreReported() {
        JavaFileObject source = topology("confs",
                "    @PythonBolt(script = \"splitbolt.py\", config = {",
                "        @Conf(key = \"topology.subprocess.timeout.secs\", value = \"5\"),",
                "        @Conf(key = \"topology.tick.tuple.freq.secs\", value = \"5\"),",
                "        @Conf(key = \"split.mode\", value = \"fast\"),",
                "        @Conf(key = \"split.mode\", value = \"slow\"),",
                "        @Conf(key = \"split.none\", value = \"null\"),",
                "        @Conf(key = \"topology.workers\", value = \"2\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(5);
        assertThat(compilation).hadErrorContaining("[ConfKey] @PythonBolt @Conf key \"topology.subprocess.timeout.secs\""
                        + " is what @PythonBolt's subprocessTimeoutSecs sets")
                .inFile(source).onLineContaining("topology.subprocess.timeout.secs");
        assertThat(compilation).hadErrorContaining("is what @PythonBolt's tickFreqSecs sets")
                .inFile(source).onLineContaining("topology.tick.tuple.freq.secs");
        assertThat(compilation).hadErrorContaining("[ConfKey] @PythonBolt @Conf key \"split.mode\" is set twice")
                .inFile(source).onLineContaining("\"slow\"");
        assertThat(compilation).hadErrorContaining("[ConfValue] @PythonBolt @Conf \"split.none\" has the value null")
                .inFile(source).onLineContaining("\"null\"");
        assertThat(compilation).hadErrorContaining("[DroppedComponentConf] @PythonBolt @Conf key \"topology.workers\"")
                .inFile(source).onLineContaining("topology.workers");
    }

    @Test
    void badEnvNamesAndMetricNamesArePointedAt() {
        JavaFileObject source = topology("envs",
                "    @ShellBolt(command = {\"node\", \"splitbolt.js\"},",
                "        env = {@Env(name = \"A=B\", value = \"1\"), @Env(name = \"LANG\", value = \"C\"),",
                "               @Env(name = \"LANG\", value = \"D\")},",
                "        metrics = {@Metric(name = \"words\"),",
                "                   @Metric(name = \"words\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[EnvName] @ShellBolt @Env name \"A=B\" contains '='")
                .inFile(source).onLineContaining("A=B");
        assertThat(compilation).hadErrorContaining("[EnvName] @ShellBolt @Env name \"LANG\" is set twice")
                .inFile(source).onLineContaining("value = \"D\"");
        assertThat(compilation).hadErrorContaining("[MetricName] @ShellBolt @Metric name \"words\" is declared twice")
                .inFile(source).onLineContaining("                   @Metric(name = \"words\")");
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

        Compilation compilation = compile(source);

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
}
