package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where scripts are found: the {@code shellgen.resourceDirs} folders, in sub-folders, in any of several. */
class ScriptLocationTest {

    @TempDir
    Path dir;

    private static JavaFileObject spoutRunning(String script) {
        return Shellgen.testSource("Located",
                "@Topology(name = \"located\")",
                "public interface Located {",
                "    @PythonSpout(",
                "        script = \"" + script + "\",",
                "        fields = \"line\")",
                "    interface Lines {}",
                "}");
    }

    @Test
    void scriptInResourceDirIsFound() throws IOException {
        Compilation compilation = Shellgen.compile(Shellgen.withScripts(dir, "lines.py"), spoutRunning("lines.py"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.LocatedLinesSpout").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"python3\", \"shellgen/run.py\", \"lines.py\")");
    }

    @Test
    void scriptInNestedFolderIsFoundAndRunByItsRelativePath() throws IOException {
        Compilation compilation = Shellgen.compile(Shellgen.withScripts(dir, "bolts/split.py"), spoutRunning("bolts/split.py"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.LocatedLinesSpout").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"python3\", \"shellgen/run.py\", \"bolts/split.py\")");
    }

    @Test
    void scriptOutsideTheResourcesFolderIsNotFound() throws IOException {
        // Storm runs scripts from resources/, so a script next to it, not in it, would not run.
        Files.writeString(dir.resolve("lines.py"), "import storm\n");
        Files.createDirectories(dir.resolve("resources"));

        JavaFileObject source = spoutRunning("lines.py");

        Compilation compilation = Shellgen.compile(dir, source);

        assertThat(compilation).hadErrorContaining("[ScriptNotFound]").inFile(source).onLineContaining("\"lines.py\"");
    }

    @Test
    void folderNamedLikeTheScriptIsNotFound() throws IOException {
        Files.createDirectories(dir.resolve("resources/lines.py"));

        JavaFileObject source = spoutRunning("lines.py");

        Compilation compilation = Shellgen.compile(dir, source);

        assertThat(compilation).hadErrorContaining("[ScriptNotFound]").inFile(source).onLineContaining("\"lines.py\"");
    }

    @Test
    void everyResourceDirIsSearched() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path holder = Shellgen.withScripts(Files.createDirectories(dir.resolve("holder")), "lines.py");

        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs=" + empty + "," + holder)
                .compile(spoutRunning("lines.py"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void notFoundInSeveralResourceDirsListsEach() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));

        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs=" + first + "," + second)
                .compile(spoutRunning("lines.py"));

        assertThat(compilation).hadErrorContaining(
                "(looked in: " + first.resolve("resources/lines.py") + ", " + second.resolve("resources/lines.py") + ", ");
        assertThat(compilation.errors()).hasSize(1);
    }

    @Test
    void scriptWhoseNameIsNoUriIsFoundInARealClassOutput() throws IOException {
        // javac's Filer refuses "resources/my bolt.py" (not a relative URI), so the class output's
        // resources/ folder is found another way. compile-testing keeps the class output in memory:
        // this needs a real javac writing to a real folder, as under Maven.
        Path classes = Shellgen.withScripts(dir.resolve("classes"), "my bolt.py");

        List<Diagnostic<? extends JavaFileObject>> diagnostics = compileForReal(classes, spoutRunning("my bolt.py"));

        assertThat(diagnostics).isEmpty();
        assertThat(Files.exists(classes.resolve("located.yaml"))).isTrue();
    }

    @Test
    void missingScriptWhoseNameIsNoUriNamesTheClassOutputFolderLookedIn() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));

        List<Diagnostic<? extends JavaFileObject>> diagnostics = compileForReal(classes, spoutRunning("my bolt.py"));

        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).getMessage(Locale.ROOT)).contains(
                "[ScriptNotFound] @PythonSpout script \"my bolt.py\" was not found at resources/my bolt.py (looked in:"
                        + " the source path, the class output " + classes.resolve("resources/my bolt.py") + ", ");
        assertThat(diagnostics.get(0).getLineNumber()).isEqualTo(8);
    }

    /** Runs the processor alone ({@code -proc:only}) in the system javac, with {@code classes} as its class output. */
    private static List<Diagnostic<? extends JavaFileObject>> compileForReal(Path classes, JavaFileObject source)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-proc:only", "-d", classes.toString()), null, List.of(source));
            task.setProcessors(List.of(new ShellgenProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics();
    }
}
