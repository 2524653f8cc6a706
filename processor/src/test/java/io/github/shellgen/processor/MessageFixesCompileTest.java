package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fix a message spells out as code compiles: each test compiles a mistake, takes the code
 * out of the message javac printed (not a copy of it), puts it where the message says, with values
 * for its "..." placeholders, and compiles again with no error at all. A message that suggested
 * code its own rules refuse (as an emit on the default stream once suggested
 * {@code @Stream(id = "default", ...)}, a [StreamId] error) fails here.
 */
class MessageFixesCompileTest {

    @TempDir
    Path dir;

    @Test
    void anEmitWithNoFieldsDeclared() throws IOException {
        script("bolt.py", "import storm", "storm.emit(['w'])");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\")")), "ScriptEmitStream",
                "\\((fields = \\{\"word\"\\})");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", " + fix + ")"));
    }

    @Test
    void anEmitOnTheDefaultStreamOfABoltThatDeclaresOnlyOthers() throws IOException {
        script("bolt.py", "import storm", "storm.emit(['w'])", "storm.emit(['a'], stream='pairs')");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\","
                + " streams = @Stream(id = \"pairs\", fields = \"a\"))")), "ScriptEmitStream",
                "with (fields = \\{\\.\\.\\.\\})").replace("{...}", "{\"w\"}");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", " + fix
                + ", streams = @Stream(id = \"pairs\", fields = \"a\"))"));
    }

    @Test
    void anEmitOnAnUndeclaredStream() throws IOException {
        script("bolt.py", "import storm", "storm.emit(['w'])", "storm.emit(['a'], stream='pairs')");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\")")),
                "ScriptEmitStream", "with (streams = @Stream\\(id = \"pairs\", fields = \\{\\.\\.\\.\\}\\))")
                .replace("{...}", "{\"a\"}");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\", " + fix + ")"));
    }

    @Test
    void aDirectGroupingOnTheDefaultStream() throws IOException {
        script("bolt.py", "import storm");
        Compilation broken = compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\")",
                "    @DirectGrouping(from = Splitter.class)"));
        String streams = fixIn(broken, "NotDirectStream", "with (streams = @Stream\\(id = \"direct\", fields = \\{\\.\\.\\.\\},"
                + " direct = true\\))").replace("{...}", "{\"w\"}");
        String grouping = fixIn(broken, "NotDirectStream", "subscribe with (@DirectGrouping\\(from = Splitter\\.class,"
                + " stream = \"direct\"\\))");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\", " + streams + ")",
                "    " + grouping));
    }

    @Test
    void aDirectGroupingOnAStreamThatIsNotDirect() throws IOException {
        script("bolt.py", "import storm");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\","
                + " streams = @Stream(id = \"words\", fields = \"w\"))",
                "    @DirectGrouping(from = Splitter.class, stream = \"words\")")), "NotDirectStream",
                "with (@Stream\\(id = \"words\", fields = \\{\\.\\.\\.\\}, direct = true\\))").replace("{...}", "{\"w\"}");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\", streams = " + fix + ")",
                "    @DirectGrouping(from = Splitter.class, stream = \"words\")"));
    }

    @Test
    void aConfOfAKeyAnAttributeSets() throws IOException {
        script("bolt.py", "import storm");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\","
                + " config = @Conf(key = \"shellgen.subprocess.restarts.per.minute\", value = \"3\"))")), "ConfKey",
                "Use (restartsPerMinute = \\.\\.\\.) instead").replace("...", "3");
        assertCompiles(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\", " + fix + ")"));
    }

    @Test
    void aComponentConfStormDropsThatAnAttributeSets() throws IOException {
        script("bolt.py", "import storm");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\","
                + " config = @Conf(key = \"topology.workers\", value = \"2\"))")), "DroppedComponentConf",
                "with (@Topology\\(workers = \\.\\.\\.\\))").replace("...", "2");
        assertCompiles(List.of(fix.replace("@Topology(", "@Topology(name = \"fixes\", ")),
                "    @PythonBolt(script = \"bolt.py\", fields = \"w\")", null);
    }

    @Test
    void aComponentConfStormDrops() throws IOException {
        script("bolt.py", "import storm");
        String fix = fixIn(compile(topology("    @PythonBolt(script = \"bolt.py\", fields = \"w\","
                + " config = @Conf(key = \"topology.environment\", value = \"{}\"))")), "DroppedComponentConf",
                "in (@Topology\\(config = @Conf\\(key = \"topology.environment\", \\.\\.\\.\\)\\))")
                .replace("...", "value = \"{}\"");
        assertCompiles(List.of(fix.replace("@Topology(", "@Topology(name = \"fixes\", ")),
                "    @PythonBolt(script = \"bolt.py\", fields = \"w\")", null);
    }

    @Test
    void aSpoutWithNoFields() throws IOException {
        script("bolt.py", "import storm");
        Compilation broken = compile(List.of("@Topology(name = \"fixes\")"), "    @PythonBolt(script = \"bolt.py\")",
                "    @PythonSpout(script = \"spout.py\")");
        String fix = fixIn(broken, "NoFields", "e\\.g\\. (fields = \\{\"sentence\"\\})");
        assertCompiles(List.of("@Topology(name = \"fixes\")"), "    @PythonBolt(script = \"bolt.py\")",
                "    @PythonSpout(script = \"spout.py\", " + fix + ")");
    }

    /** A topology of a spout, and a bolt annotated {@code bolt} (and {@code grouping}, else a shuffle). */
    private List<String> topology(String bolt, String... grouping) {
        return List.of("@Topology(name = \"fixes\")", bolt, grouping.length == 0 ? "" : grouping[0]);
    }

    private Compilation compile(List<String> parts) throws IOException {
        return compile(List.of(parts.get(0)), parts.get(1), parts.get(2).isEmpty() ? null : parts.get(2));
    }

    /** The topology: its annotation, a bolt {@code Splitter} subscribing to spout {@code Sentences}. */
    private Compilation compile(List<String> topologyAnnotation, String bolt, String groupingOrSpout)
            throws IOException {
        script("spout.py", "import storm", "storm.emit(['s'], id=1)");
        boolean spout = groupingOrSpout != null && groupingOrSpout.contains("@PythonSpout");
        return Shellgen.compile(dir, Shellgen.testSource("Fixes",
                topologyAnnotation.get(0),
                "public interface Fixes {",
                spout ? groupingOrSpout : "    @PythonSpout(script = \"spout.py\", fields = \"sentence\")",
                "    interface Sentences {}",
                bolt,
                spout || groupingOrSpout == null ? "    @ShuffleGrouping(from = Sentences.class)" : groupingOrSpout,
                "    interface Splitter {}",
                "}"));
    }

    private void assertCompiles(List<String> parts) throws IOException {
        assertCompiles(List.of(parts.get(0)), parts.get(1), parts.get(2).isEmpty() ? null : parts.get(2));
    }

    private void assertCompiles(List<String> topologyAnnotation, String bolt, String groupingOrSpout)
            throws IOException {
        Compilation fixed = compile(topologyAnnotation, bolt, groupingOrSpout);
        assertThat(fixed.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).toList()).isEmpty();
    }

    /** The code in the message tagged {@code tag}: group 1 of {@code pattern} in its text. */
    private static String fixIn(Compilation compilation, String tag, String pattern) {
        List<String> messages = compilation.diagnostics().stream().map(d -> d.getMessage(null))
                .filter(m -> m.startsWith("[" + tag + "]")).toList();
        assertThat(messages).isNotEmpty();
        Matcher matcher = Pattern.compile(pattern).matcher(messages.get(0));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void script(String name, String... lines) throws IOException {
        Path file = dir.resolve("resources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    }
}
