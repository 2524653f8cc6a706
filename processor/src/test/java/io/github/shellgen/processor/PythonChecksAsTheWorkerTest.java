package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Python checks decide as the worker will, on every python3 the machine has (python3 on the
 * PATH, and pyenv's 3.8 to 3.13 where installed): what is on a script's path per folder and per
 * runtime, relative imports, the source encoding, direct streams, ignore markers on Python's line
 * numbers, and a script the checker cannot read does not hide another script's error. Each script
 * below passed the build and failed on the worker before.
 */
class PythonChecksAsTheWorkerTest {

    @TempDir
    Path dir;

    private static final JavaFileObject TOPOLOGY = Shellgen.testSource("Worker",
            "@Topology(name = \"worker\")",
            "public interface Worker {",
            "    @PythonSpout(script = \"spout.py\", fields = \"w\")",
            "    interface Source {}",
            bolt("RootImport", "sub/rootimport.py", ""),
            bolt("NearImport", "sub/nearimport.py", ""),
            bolt("StockVendored", "stockvendored.py", ", runtime = PythonRuntime.STOCK"),
            bolt("StockStorm", "stock/stockstorm.py", ", runtime = PythonRuntime.STOCK"),
            bolt("StockOk", "stockok.py", ", runtime = PythonRuntime.STOCK"),
            bolt("Relative", "relative.py", ""),
            bolt("Latin", "latin.py", ""),
            bolt("Utf16", "utf16.py", ""),
            bolt("Direct", "direct.py", ", streams = @Stream(id = \"d\", fields = \"w\", direct = true)"),
            bolt("FormFeed", "formfeed.py", ""),
            bolt("NoFields", "nofields.py", "").replace("fields = \"w\"", "parallelism = 1"),
            "}");

    private static String bolt(String name, String script, String more) {
        return "    @PythonBolt(script = \"" + script + "\", fields = \"w\"" + more + ")\n"
                + "    @ShuffleGrouping(from = Source.class)\n"
                + "    interface " + name + " {}";
    }

    /** python3 on the PATH, then each of pyenv's 3.8 to 3.13 that is installed. */
    static Stream<String> pythons() throws IOException {
        List<String> pythons = new ArrayList<>(List.of("python3"));
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                installed.map(v -> v.resolve("bin/python3")).filter(Files::isExecutable)
                        .filter(p -> p.getParent().getParent().getFileName().toString()
                                .matches("3\\.(8|9|10|11|12|13)\\..*"))
                        .sorted().forEach(p -> pythons.add(p.toString()));
            }
        }
        return pythons.stream();
    }

    @ParameterizedTest
    @MethodSource("pythons")
    void eachScriptThatWouldFailOnTheWorkerIsAnErrorAndTheOthersPass(String python) throws IOException {
        script("spout.py", "import storm", "storm.emit(['x'], id=1)");
        script("helper.py", "X = 1");
        script("storm.py", "# Storm's storm.py, for the STOCK scripts at the root");
        script("site-packages/vendored/__init__.py", "");
        // resources/ is not on the path of a script in a subfolder; the script's own folder is.
        script("sub/rootimport.py", "import storm", "import helper");
        script("sub/near.py", "Y = 2");
        script("sub/nearimport.py", "import storm", "import near", "import vendored");
        // On Storm's storm.py nothing adds the vendored packages, and storm needs a storm.py beside the script.
        script("stockvendored.py", "import storm", "import vendored");
        script("stock/stockstorm.py", "import storm");
        script("stockok.py", "import storm", "import helper");
        script("relative.py", "import storm", "if __name__ == '__main__':", "    from .helper import X");
        // A Latin-1 byte in a comment, with no coding line: python3 refuses the file.
        bytes("latin.py", "import storm\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes("utf16.py", "\uFEFFimport storm\n".getBytes(StandardCharsets.UTF_16LE));
        script("direct.py", "import storm",
                "storm.emit(['x'], stream='d')",
                "storm.emitDirect(3, ['x'])",
                "storm.emitDirect(3, ['x'], stream='d')",
                "storm.emit(['x'], 'd', None, 3)");
        // A form feed inside a string is no line end to Python: the marker is on line 2, the fault on line 3.
        script("formfeed.py", "import storm", "s = 'a\fb'; storm.emit(['a', 'b'])  # shellgen: ignore",
                "storm.emit(['c', 'd'])");
        script("nofields.py", "import storm", "storm.emit(['x'])");

        Compilation compilation = Shellgen.compiler(dir).withOptions("-Ashellgen.resourceDirs=" + dir,
                "-Ashellgen.python=" + python).compile(TOPOLOGY);

        assertThat(compilation).hadErrorContaining("[ScriptImport] @PythonBolt script \"sub/rootimport.py\" imports"
                + " helper at sub/rootimport.py:2, which is not in Python's standard library, in the script's folder");
        assertThat(compilation).hadErrorContaining("[ScriptImport] @PythonBolt script \"stockvendored.py\" imports"
                + " vendored at stockvendored.py:2, which is not in Python's standard library or in the script's"
                + " folder");
        assertThat(compilation).hadErrorContaining("[ScriptImport] @PythonBolt script \"stock/stockstorm.py\""
                + " imports storm at stock/stockstorm.py:1, but no storm.py is in the script's folder");
        assertThat(compilation).hadErrorContaining("[ScriptImport] @PythonBolt script \"relative.py\" has a relative"
                + " import (from .helper import ...) at relative.py:3");
        assertThat(compilation).hadErrorContaining("[ScriptSyntax] @PythonBolt script \"latin.py\" does not compile:"
                + " latin.py:2: Non-UTF-8 code starting with '\\xe9'");
        assertThat(compilation).hadErrorContaining("[ScriptSyntax] @PythonBolt script \"utf16.py\" does not compile:"
                + " utf16.py:1: Non-UTF-8 code starting with '\\xff'");
        assertThat(compilation).hadErrorContaining("[ScriptEmitDirect] @PythonBolt script \"direct.py\" emits to"
                + " stream \"d\" at direct.py:2 without a task, but the stream is direct");
        assertThat(compilation).hadErrorContaining("[ScriptEmitDirect] @PythonBolt script \"direct.py\" emits direct"
                + " to a task on stream \"default\" at direct.py:3, which is not a direct stream");
        assertThat(compilation).hadErrorContaining("[ScriptEmitArity] @PythonBolt script \"formfeed.py\" emits 2"
                + " values to stream \"default\" at formfeed.py:3");
        assertThat(compilation).hadErrorContaining("[ScriptEmitStream] @PythonBolt script \"nofields.py\" emits to"
                + " stream \"default\" at nofields.py:2, but component \"noFields\" declares no output fields or"
                + " streams");
        // Nothing else: the scripts that are right pass, and nothing is reported twice or skipped.
        assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count())
                .isEqualTo(10);
        assertThat(compilation.diagnostics().stream()
                .filter(d -> d.getMessage(null).contains("PythonChecksSkipped")).toList()).isEmpty();
    }

    private void script(String name, String... lines) throws IOException {
        bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve("resources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
