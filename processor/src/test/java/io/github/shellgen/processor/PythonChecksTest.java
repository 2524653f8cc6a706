package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python checks at build time, with the build machine's python3: a script that does not
 * compile, a top-level import found nowhere the worker will look, an emit to an undeclared stream
 * or of the wrong arity are errors on the script value, naming the script and the line.
 */
class PythonChecksTest {

    @TempDir
    Path dir;

    private static final JavaFileObject TOPOLOGY = Shellgen.testSource("Checked",
            "@Topology(name = \"checked\")",
            "public interface Checked {",
            "    @PythonSpout(script = \"spout.py\", fields = \"sentence\")",
            "    interface Sentences {}",
            "",
            "    @PythonBolt(script = \"bolt.py\", fields = \"word\", streams = @Stream(id = \"pairs\", fields = {\"a\", \"b\"}))",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Splitter {}",
            "}");

    @Test
    void aScriptThatCompilesImportsWhatTheWorkerHasAndEmitsAsDeclaredPasses() throws IOException {
        script("spout.py", "import os, json", "import storm", "storm.emit(['a sentence'])");
        script("helper.py", "X = 1");
        script("site-packages/vendored/__init__.py", "");
        script("bolt.py",
                "import collections",
                "from helper import X",
                "import vendored",
                "try:",
                "    import not_installed_but_optional",
                "except ImportError:",
                "    pass",
                "import storm",
                "values = ['w']",
                "storm.emit(['word'])",
                "storm.emit(['x', 'y'], stream='pairs')",
                "storm.emit(values, stream='pairs')",
                "storm.emit([*values])",
                "storm.emit(['a', 'b', 'c'])  # shellgen: ignore (a fault a test causes on purpose)");

        Compilation compilation = compile();

        assertThat(compilation).succeeded();
        assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList())
                .isEmpty();
    }

    @Test
    void aSyntaxErrorIsAnErrorNamingScriptAndLine() throws IOException {
        script("spout.py", "import storm");
        script("bolt.py", "import storm", "", "def process(tup)", "    pass");

        Compilation compilation = compile();

        assertThat(compilation).hadErrorContaining("[ScriptSyntax] @PythonBolt script \"bolt.py\" does not compile:"
                + " bolt.py:3: expected ':'").inFile(TOPOLOGY).onLineContaining("\"bolt.py\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anImportFoundNowhereTheWorkerLooksIsAnErrorWithTheFix() throws IOException {
        script("spout.py", "import storm");
        script("bolt.py", "import storm", "from slugify_not_vendored import slugify", "import os.path");

        Compilation compilation = compile();

        assertThat(compilation).hadErrorContaining("[ScriptImport] @PythonBolt script \"bolt.py\" imports"
                + " slugify_not_vendored at bolt.py:2, which is not in Python's standard library, in the script's"
                + " folder or in the packages vendored into resources/site-packages/").inFile(TOPOLOGY)
                .onLineContaining("\"bolt.py\"");
        assertThat(compilation).hadErrorContaining("Add the package that provides it to"
                + " src/main/resources/resources/requirements.txt");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anEmitToAnUndeclaredStreamOrOfTheWrongArityIsAnError() throws IOException {
        script("spout.py", "import storm", "storm.emit(['one', 'two'], id=1)");
        script("bolt.py", "import storm", "from storm import emit", "",
                "storm.emit(['w'], stream='pair')",
                "emit(('x',), 'pairs')");

        Compilation compilation = compile();

        assertThat(compilation).hadErrorContaining("[ScriptEmitArity] @PythonSpout script \"spout.py\" emits 2 values"
                + " to stream \"default\" at spout.py:2, whose fields are [sentence] (1)")
                .inFile(TOPOLOGY).onLineContaining("\"spout.py\"");
        assertThat(compilation).hadErrorContaining("[ScriptEmitStream] @PythonBolt script \"bolt.py\" emits to stream"
                + " \"pair\" at bolt.py:4, which component \"splitter\" does not declare (it declares: default, pairs)")
                .inFile(TOPOLOGY).onLineContaining("\"bolt.py\"");
        assertThat(compilation).hadErrorContaining("[ScriptEmitArity] @PythonBolt script \"bolt.py\" emits 1 value to"
                + " stream \"pairs\" at bolt.py:5, whose fields are [a, b] (2)");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void withoutAPythonToRunTheBuildGoesOnWithANoteSayingWhy() throws IOException {
        script("spout.py", "import storm");
        script("bolt.py", "this is not Python");

        Compilation compilation = Shellgen.compiler(dir).withOptions("-Ashellgen.resourceDirs=" + dir,
                "-Ashellgen.python=" + dir.resolve("no-such-python")).compile(TOPOLOGY);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[PythonChecksSkipped] storm-shellgen did not check the Python"
                + " scripts (syntax, imports, emits): " + dir.resolve("no-such-python") + " could not be run");
    }

    @Test
    void aPythonOlderThan38SaysSoInsteadOfPassingWhatItCannotJudge() throws IOException {
        Path python37 = Path.of(System.getProperty("user.home"), ".pyenv", "versions", "3.7.16", "bin", "python3");
        Assumptions.assumeTrue(Files.isExecutable(python37), "pyenv's Python 3.7.16 is not installed here");
        script("spout.py", "import storm");
        script("bolt.py", "import storm");

        Compilation compilation = Shellgen.compiler(dir).withOptions("-Ashellgen.resourceDirs=" + dir,
                "-Ashellgen.python=" + python37).compile(TOPOLOGY);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining("[PythonChecksSkipped] storm-shellgen did not check the Python"
                + " scripts (syntax, imports, emits): " + python37 + " could not be run (exit status 1: the checks need"
                + " Python 3.8 or later; this is 3.7)");
    }

    private static final JavaFileObject WINDOWED = Shellgen.testSource("Windowed",
            "@Topology(name = \"windowed\")",
            "public interface Windowed {",
            "    @PythonSpout(script = \"spout.py\", fields = \"sentence\")",
            "    interface Sentences {}",
            "",
            "    @PythonBolt(script = \"windows.py\", fields = \"count\")",
            "    @Window(length = \"10s\")",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Counts {}",
            "",
            "    @PythonBolt(script = \"plain.py\", fields = \"count\")",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Plain {}",
            "}");

    @Test
    void aWindowedBoltsScriptMustBeAWindowedBoltAndOnlyItsScript() throws IOException {
        script("spout.py", "import storm");
        script("windows.py", "import storm", "", "class Counts(storm.BasicBolt):", "    pass");
        script("plain.py", "from storm import WindowedBolt as Windowed", "", "class Plain(Windowed):", "    pass");

        Compilation compilation = Shellgen.compile(dir, WINDOWED);

        assertThat(compilation).hadErrorContaining("[ScriptWindow] @PythonBolt script \"windows.py\": its class Counts,"
                + " a storm.BasicBolt (windows.py:3), is not a storm.WindowedBolt, yet the bolt has @Window")
                .inFile(WINDOWED).onLineContaining("\"windows.py\"");
        assertThat(compilation).hadErrorContaining("[ScriptWindow] @PythonBolt script \"plain.py\": its class Plain is a"
                + " storm.WindowedBolt (plain.py:3), yet the bolt has no @Window: it would never be given a window, and"
                + " refuses to start. Put @Window(length = ...) on Plain, or make the class a storm.BasicBolt")
                .inFile(WINDOWED).onLineContaining("\"plain.py\"");
        assertThat(compilation).hadErrorCount(2);
    }

    private static final JavaFileObject BATCHES = Shellgen.testSource("Scores",
            "@Topology(name = \"scores\")",
            "public interface Scores {",
            "    @PythonSpout(script = \"spout.py\", fields = \"sentence\")",
            "    interface Sentences {}",
            "",
            "    @PythonBolt(script = \"scorer.py\", fields = \"score\")",
            "    @Batch(maxSize = 64)",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Scorer {}",
            "",
            "    @PythonBolt(script = \"plain.py\", fields = \"score\")",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Plain {}",
            "}");

    @Test
    void aBatchBoltsScriptMustBeABatchBoltAndOnlyItsScript() throws IOException {
        script("spout.py", "import storm");
        script("scorer.py", "import storm", "", "class Scorer(storm.WindowedBolt):", "    pass");
        script("plain.py", "from storm import BatchBolt as Batches", "", "class Plain(Batches):", "    pass");

        Compilation compilation = Shellgen.compile(dir, BATCHES);

        assertThat(compilation).hadErrorContaining("[ScriptBatch] @PythonBolt script \"scorer.py\": its class Scorer,"
                + " a storm.WindowedBolt (scorer.py:3), is not a storm.BatchBolt, yet the bolt has @Batch")
                .inFile(BATCHES).onLineContaining("\"scorer.py\"");
        assertThat(compilation).hadErrorContaining("[ScriptBatch] @PythonBolt script \"plain.py\": its class Plain is a"
                + " storm.BatchBolt (plain.py:3), yet the bolt has no @Batch: it would never be handed a batch, and"
                + " refuses to start. Put @Batch on Plain, or make the class a storm.BasicBolt")
                .inFile(BATCHES).onLineContaining("\"plain.py\"");
        assertThat(compilation).hadErrorCount(2);

        script("scorer.py", "import storm", "", "class Scorer(storm.BatchBolt):", "    pass");
        script("plain.py", "import storm", "", "class Plain(storm.BasicBolt):", "    pass");
        assertThat(Shellgen.compile(dir, BATCHES)).succeededWithoutWarnings();
    }

    private static final JavaFileObject STATEFUL = Shellgen.testSource("Ledgers",
            "@Topology(name = \"ledgers\", stateProvider = org.apache.storm.state.InMemoryKeyValueStateProvider.class)",
            "public interface Ledgers {",
            "    @PythonSpout(script = \"spout.py\", fields = \"sentence\")",
            "    interface Sentences {}",
            "",
            "    @PythonBolt(script = \"ledger.py\", fields = \"count\")",
            "    @Stateful",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Counts {}",
            "",
            "    @PythonBolt(script = \"plain.py\", fields = \"count\")",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Plain {}",
            "}");

    @Test
    void aStatefulBoltsScriptMustBeAStatefulBoltAndOnlyItsScript() throws IOException {
        script("spout.py", "import storm");
        script("ledger.py", "import storm", "", "class Counts(storm.BasicBolt):", "    pass");
        script("plain.py", "from storm import StatefulBolt", "", "class Plain(StatefulBolt):", "    pass");

        Compilation compilation = Shellgen.compile(dir, STATEFUL);

        assertThat(compilation).hadErrorContaining("[ScriptState] @PythonBolt script \"ledger.py\": its class Counts,"
                + " a storm.BasicBolt (ledger.py:3), is not a storm.StatefulBolt, yet the bolt has @Stateful")
                .inFile(STATEFUL).onLineContaining("\"ledger.py\"");
        assertThat(compilation).hadErrorContaining("[ScriptState] @PythonBolt script \"plain.py\": its class Plain is a"
                + " storm.StatefulBolt (plain.py:3), yet the bolt has no @Stateful: it would never be given its state,"
                + " and refuses to start. Put @Stateful on Plain (and name the topology's stateProvider), or make the"
                + " class a storm.BasicBolt")
                .inFile(STATEFUL).onLineContaining("\"plain.py\"");
        assertThat(compilation).hadErrorCount(2);

        script("ledger.py", "import storm", "", "class Counts(storm.StatefulBolt):", "    pass");
        script("plain.py", "import storm", "", "class Plain(storm.BasicBolt):", "    pass");
        assertThat(Shellgen.compile(dir, STATEFUL)).succeededWithoutWarnings();
    }

    @Test
    void aWindowedBoltScriptPassesInAWindowedBolt() throws IOException {
        script("spout.py", "import storm");
        script("windows.py", "import storm", "", "class Counts(storm.WindowedBolt):", "    pass");
        script("plain.py", "import storm", "", "class Plain(storm.BasicBolt):", "    pass");

        assertThat(Shellgen.compile(dir, WINDOWED)).succeeded();
    }

    private Compilation compile() {
        return Shellgen.compile(dir, TOPOLOGY);
    }

    private void script(String name, String... lines) throws IOException {
        Path file = dir.resolve("resources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    }
}
