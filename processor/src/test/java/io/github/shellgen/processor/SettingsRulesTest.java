package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings of components and topologies ({@code validate/SettingsRules}): ranges, {@code @Conf}
 * keys and values, {@code @Env} and {@code @Metric} names. One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class SettingsRulesTest {

    @TempDir
    Path dir;

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

        Compilation compilation = Shellgen.compileTopology(dir, source);

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
        JavaFileObject source = Shellgen.topologyWithSentences("confs",
                "    @PythonBolt(script = \"splitbolt.py\", config = {",
                "        @Conf(key = \"topology.subprocess.timeout.secs\", value = \"5\"),",
                "        @Conf(key = \"topology.tick.tuple.freq.secs\", value = \"5\"),",
                "        @Conf(key = \"split.mode\", value = \"fast\"),",
                "        @Conf(key = \"split.mode\", value = \"slow\"),",
                "        @Conf(key = \"split.none\", value = \"null\"),",
                "        @Conf(key = \"topology.workers\", value = \"2\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

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
        JavaFileObject source = Shellgen.topologyWithSentences("envs",
                "    @ShellBolt(command = {\"node\", \"splitbolt.js\"},",
                "        env = {@Env(name = \"A=B\", value = \"1\"), @Env(name = \"LANG\", value = \"C\"),",
                "               @Env(name = \"LANG\", value = \"D\")},",
                "        metrics = {@Metric(name = \"words\"),",
                "                   @Metric(name = \"words\")})",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[EnvName] @ShellBolt @Env name \"A=B\" contains '='")
                .inFile(source).onLineContaining("A=B");
        assertThat(compilation).hadErrorContaining("[EnvName] @ShellBolt @Env name \"LANG\" is set twice")
                .inFile(source).onLineContaining("value = \"D\"");
        assertThat(compilation).hadErrorContaining("[MetricName] @ShellBolt @Metric name \"words\" is declared twice")
                .inFile(source).onLineContaining("                   @Metric(name = \"words\")");
    }

    @Test
    void restartBudgetBelowMinusOneAndAConfOfItsKeyArePointedAt() {
        JavaFileObject source = Shellgen.testSource("Budget",
                "@Topology(name = \"budget\")",
                "public interface Budget {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\",",
                "        restartsPerMinute = -2)",
                "    interface Sentences {}",
                "    @PythonBolt(script = \"splitbolt.py\",",
                "        config = @Conf(key = \"shellgen.subprocess.restarts.per.minute\", value = \"3\"))",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Splitter {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[SettingRange] @PythonSpout restartsPerMinute = -2 is less than -1."
                        + " Use -1 or more (-1 keeps the topology's value, 0 never restarts)")
                .inFile(source).onLineContaining("restartsPerMinute = -2");
        assertThat(compilation).hadErrorContaining("[ConfKey] @PythonBolt @Conf key"
                        + " \"shellgen.subprocess.restarts.per.minute\" is what @PythonBolt's restartsPerMinute sets."
                        + " Use restartsPerMinute = ... instead")
                .inFile(source).onLineContaining("key = \"shellgen.subprocess.restarts.per.minute\"");
    }

    @Test
    void storm_shellgensOwnKeysSetThroughConfAreJudgedAsTheAttributesAre() {
        JavaFileObject source = Shellgen.testSource("OwnKeys",
                "@Topology(name = \"own-keys\", config = {",
                "        @Conf(key = \"shellgen.subprocess.restarts.per.minute\", value = \"-1\"),",
                "        @Conf(key = \"shellgen.subprocess.startup.timeout.secs\", value = \"\\\"soon\\\"\"),",
                "        @Conf(key = \"shellgen.subprocess.restart.per.minute\", value = \"3\"),",
                "        @Conf(key = \"shellgen.multilang.max.message.bytes\", value = \"1048576\")})",
                "public interface OwnKeys {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\",",
                "        config = @Conf(key = \"shellgen.spout.default.max.pending\", value = \"2.5\"))",
                "    interface Sentences {}",
                "}");

        Compilation compilation = Shellgen.compileTopology(dir, source);

        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[SettingRange] @Topology @Conf"
                        + " \"shellgen.subprocess.restarts.per.minute\" = -1 is not a whole number of at least 0: every"
                        + " shell component it reaches would refuse to start. Use 0 or more")
                .inFile(source).onLineContaining("value = \"-1\"");
        assertThat(compilation).hadErrorContaining("[SettingRange] @Topology @Conf"
                        + " \"shellgen.subprocess.startup.timeout.secs\" = \"soon\" is not a whole number")
                .inFile(source).onLineContaining("soon");
        assertThat(compilation).hadErrorContaining("[ConfKey] @Topology @Conf key"
                        + " \"shellgen.subprocess.restart.per.minute\" is in storm-shellgen's namespace but is none of"
                        + " its keys")
                .inFile(source).onLineContaining("restart.per.minute");
        assertThat(compilation).hadErrorContaining("[SettingRange] @PythonSpout @Conf"
                        + " \"shellgen.spout.default.max.pending\" = 2.5 is not a whole number")
                .inFile(source).onLineContaining("2.5");
    }
}
