package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bolt's {@code @Window} ({@code validate/WindowRules}): where it may be, each length and interval
 * as written, event time and late tuples, and what Storm would refuse when the worker starts. One
 * test per diagnostic, pointing at the exact value; then what a valid window generates.
 */
class WindowRulesTest {

    @TempDir
    Path dir;

    /** A topology "w": a spout Events (fields n, ts), then {@code body}. */
    private static JavaFileObject topology(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "@Topology(name = \"w\")",
                "public interface W {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = {\"n\", \"ts\"})",
                "    interface Events {}",
                ""));
        lines.addAll(List.of(body));
        lines.add("}");
        return Shellgen.testSource("W", lines.toArray(String[]::new));
    }

    /** A windowed Python bolt on Events with {@code window} (the annotation's members, on one line). */
    private static JavaFileObject windowed(String window, String... boltMembers) {
        String members = boltMembers.length == 0 ? "" : ", " + String.join(", ", boltMembers);
        return topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\"" + members + ")",
                "    @Window(" + window + ")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
    }

    private Compilation compile(JavaFileObject source) {
        return Shellgen.compileTopology(dir, source);
    }

    private void assertOneError(JavaFileObject source, String text, String line) {
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
    }

    @Test
    void aLengthThatIsNeitherADurationNorACount() {
        JavaFileObject source = windowed("length = \"10 seconds\"");
        assertOneError(source, "[WindowSpan] @Window length = \"10 seconds\" is not a duration or a tuple count."
                + " Write a whole number and a unit: \"500ms\", \"10s\", \"5min\", \"1h\", or a tuple count,"
                + " \"100 tuples\"", "@Window(");
    }

    @Test
    void aLagThatIsACount() {
        assertOneError(windowed("length = \"10s\", timestampField = \"ts\", maxLag = \"5 tuples\""),
                "[WindowSpan] @Window maxLag = \"5 tuples\" is not a duration or a tuple count. Write a whole number"
                        + " and a unit: \"500ms\", \"10s\", \"5min\", \"1h\" (it is a duration)", "@Window(");
    }

    @Test
    void aZeroLength() {
        assertOneError(windowed("length = \"0s\""), "[WindowSpan] @Window length = \"0s\" is zero", "@Window(");
    }

    @Test
    void aSlidingIntervalLongerThanTheWindow() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\")",
                "    @Window(length = \"5s\",",
                "            every = \"6s\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowSlide] @Window every = \"6s\" is longer than length = \"5s\"",
                "every = \"6s\"");
    }

    @Test
    void aCountLengthAndADurationIntervalAreNotCompared() {
        assertThat(compile(windowed("length = \"5 tuples\", every = \"6s\""))).succeededWithoutWarnings();
    }

    @Test
    void aLateStreamWithoutTimestampField() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\",",
                "                streams = @Stream(id = \"late\", fields = {\"n\", \"ts\"}))",
                "    @Window(length = \"5s\",",
                "            lateStream = \"late\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowEventTime] @Window lateStream = \"late\" needs timestampField: it applies to"
                + " windows of event time only, and Storm refuses a late stream without one when the worker starts",
                "lateStream = \"late\"");
    }

    @Test
    void aLagWithoutTimestampField() {
        assertOneError(windowed("length = \"5s\", maxLag = \"1s\""),
                "[WindowEventTime] @Window maxLag = \"1s\" needs timestampField", "@Window(");
    }

    @Test
    void aTimestampFieldMissingFromAnInputStream() {
        JavaFileObject source = topology(
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                "",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\")",
                "    @Window(length = \"5s\",",
                "            timestampField = \"ts\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    @ShuffleGrouping(from = Sentences.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowTimestampField] @Window timestampField = \"ts\" is not a field of stream"
                + " \"default\" of \"sentences\", which Sums subscribes to and which declares [sentence]",
                "timestampField = \"ts\"");
    }

    @Test
    void aLateStreamNotDeclared() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\")",
                "    @Window(length = \"5s\", timestampField = \"ts\",",
                "            lateStream = \"late\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowLateStream] @Window lateStream = \"late\" is not declared by Sums, which"
                + " declares [default]: Storm refuses the bolt when the worker starts (\"Stream for late tuples must"
                + " be defined\"). Declare it with the fields of the input: streams = @Stream(id = \"late\", fields ="
                + " {\"n\", \"ts\"})", "lateStream = \"late\"");
    }

    @Test
    void aLateStreamWithOtherFieldsThanTheInput() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\",",
                "                streams = @Stream(id = \"late\", fields = \"n\"))",
                "    @Window(length = \"5s\", timestampField = \"ts\",",
                "            lateStream = \"late\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowLateStream] @Window lateStream = \"late\" declares the fields [n], but a late"
                + " tuple goes to it as it came, with the fields of its input stream \"default\" of \"events\": [n, ts]",
                "lateStream = \"late\"");
    }

    @Test
    void aWindowLongerThanTheMessageTimeout() {
        JavaFileObject source = Shellgen.testSource("W",
                "@Topology(name = \"w\", messageTimeoutSecs = 20)",
                "public interface W {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = {\"n\", \"ts\"})",
                "    interface Events {}",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\")",
                "    @Window(",
                "        length = \"15s\", every = \"10s\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}",
                "}");
        assertOneError(source, "[WindowTimeout] @Window length + every is 25s, longer than the topology's message"
                + " timeout of 20 s (messageTimeoutSecs on @Topology): its tuples would time out inside the window,"
                + " and Storm refuses the bolt when the worker starts (\"Window duration (length + sliding interval)"
                + " value 25000 is more than topology.message.timeout.secs value 20000\"). Shorten the window, or set"
                + " messageTimeoutSecs on @Topology to at least 25", "length = \"15s\"");
    }

    @Test
    void aWindowLongerThanStormsDefaultTimeout() {
        Compilation compilation = compile(windowed("length = \"30s\", every = \"1s\""));
        assertThat(compilation).hadErrorContaining("timeout of 30 s (Storm's default, as messageTimeoutSecs is not"
                + " set)");
    }

    @Test
    void aCountWindowLargerThanTheSpoutsPendingLimit() {
        JavaFileObject source = Shellgen.testSource("W",
                "@Topology(name = \"w\", maxSpoutPending = 100)",
                "public interface W {",
                "    @PythonSpout(script = \"sentencespout.py\", fields = {\"n\", \"ts\"})",
                "    interface Events {}",
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\")",
                "    @Window(",
                "        length = \"100 tuples\", every = \"10 tuples\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}",
                "}");
        assertOneError(source, "[WindowTimeout] @Window length + every is 110 tuples, more than the 100 tuples a"
                + " spout may have pending (maxSpoutPending on @Topology)", "length = \"100 tuples\"");
    }

    @Test
    void aCountWindowLargerThanAShellSpoutsDefaultPendingLimit() {
        Compilation compilation = compile(windowed("length = \"1000 tuples\", every = \"1 tuple\""));
        assertThat(compilation).hadErrorContaining("[WindowTimeout] @Window length + every is 1001 tuples, more than"
                + " the 1000 tuples a spout may have pending (storm-shellgen's default for a shell spout when"
                + " maxSpoutPending is not set)");
    }

    @Test
    void aWindowOnAStockRuntimeBolt() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\", runtime = PythonRuntime.STOCK)",
                "    @Window(length = \"5s\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowRuntime] @Window is on Sums, which runs on Storm's storm.py (runtime = STOCK):"
                + " storm.py has no windowed bolt class", "@Window(");
    }

    @Test
    void aWindowOnASpout() {
        JavaFileObject source = topology(
                "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\")",
                "    @Window(length = \"5s\")",
                "    interface Sentences {}");
        assertOneError(source, "[WindowPlacement] @Window is on @PythonSpout Sentences: a spout has no input to"
                + " window", "@Window(");
    }

    @Test
    void aWindowOnAJavaBolt() {
        JavaFileObject source = topology(
                "    @JavaBolt(value = org.apache.storm.testing.TestWordCounter.class, fields = {\"word\", \"count\"})",
                "    @Window(length = \"5s\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Count {}");
        assertOneError(source, "[WindowPlacement] @Window is on @JavaBolt Count: a Java bolt windows itself",
                "@Window(");
    }

    @Test
    void aWindowOnAnInterfaceThatIsNotAComponent() {
        JavaFileObject source = topology(
                "    @Window(length = \"5s\")",
                "    interface Nothing {}");
        assertOneError(source, "[WindowPlacement] @Window is on test.W.Nothing, which is not a component",
                "@Window(");
    }

    @Test
    void aWindowKeyInABoltsConfig() {
        JavaFileObject source = topology(
                "    @PythonBolt(script = \"splitbolt.py\", fields = \"sum\",",
                "        config = @Conf(key = \"topology.bolts.window.length.count\", value = \"5\"))",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}");
        assertOneError(source, "[WindowConfig] @PythonBolt @Conf key \"topology.bolts.window.length.count\" is a key of"
                + " Storm's windowing executor, which runs only a bolt with @Window", "config = @Conf(");
    }

    @Test
    void aShellBoltMayHaveAWindow() {
        assertThat(compile(topology(
                "    @ShellBolt(command = {\"node\", \"splitbolt.js\"}, fields = \"sum\")",
                "    @Window(length = \"5s\", every = \"1s\")",
                "    @ShuffleGrouping(from = Events.class)",
                "    interface Sums {}"))).succeededWithoutWarnings();
    }

    @Test
    void aWindowedBoltRunsThroughTheWindowingExecutorWithItsWindowInItsConfiguration() throws IOException {
        Compilation compilation = compile(windowed("length = \"10s\", every = \"2s\", timestampField = \"ts\","
                + " maxLag = \"1s\", watermarkEvery = \"250ms\", lateStream = \"late\"",
                "streams = @Stream(id = \"late\", fields = {\"n\", \"ts\"})"));
        assertThat(compilation).succeededWithoutWarnings();

        String bolt = source(compilation, "test/WSumsBolt.java");
        assertThat(bolt).contains("public final class WSumsBolt extends WindowedShellBolt implements W.Sums");
        assertThat(bolt).contains("conf.put(\"topology.bolts.window.length.duration.ms\", 10000);");
        assertThat(bolt).contains("conf.put(\"topology.bolts.window.sliding.interval.duration.ms\", 2000);");
        assertThat(bolt).contains("conf.put(\"shellgen.window.timestamp.field\", \"ts\");");
        assertThat(bolt).contains("conf.put(\"topology.bolts.tuple.timestamp.max.lag.ms\", 1000);");
        assertThat(bolt).contains("conf.put(\"topology.bolts.watermark.event.interval.ms\", 250);");
        assertThat(bolt).contains("conf.put(\"topology.bolts.late.tuple.stream\", \"late\");");
        assertThat(source(compilation, "test/WTopology.java"))
                .contains("builder.setBolt(\"sums\", new WindowedShellBoltExecutor(new WSumsBolt()), 1)");
        String yaml = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "w.yaml").orElseThrow()
                .openInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(yaml).contains("components:\n  - id: sumsWindowedBolt\n    className: test.WSumsBolt\n");
        assertThat(yaml).contains("  - id: sums\n    className: io.github.shellgen.runtime.WindowedShellBoltExecutor\n"
                + "    constructorArgs:\n      - ref: sumsWindowedBolt\n");
    }

    private static String source(Compilation compilation, String path) throws IOException {
        return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow().getCharContent(true)
                .toString();
    }
}
