package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .contains("super(\"python3\", \"lines.py\");");
    }

    @Test
    void scriptInNestedFolderIsFoundAndRunByItsRelativePath() throws IOException {
        Compilation compilation = Shellgen.compile(Shellgen.withScripts(dir, "bolts/split.py"), spoutRunning("bolts/split.py"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.LocatedLinesSpout").contentsAsUtf8String()
                .contains("super(\"python3\", \"bolts/split.py\");");
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
}
