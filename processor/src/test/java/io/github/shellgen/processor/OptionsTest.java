package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's {@code -Ashellgen.*} options ({@code Options}). One test per
 * diagnostic: its tag, the message's key words, and the line javac points at.
 */
class OptionsTest {

    @TempDir
    Path dir;

    @Test
    void unknownOptionIsAnErrorListingTheOptions() throws IOException {
        Compilation compilation = Shellgen.compiler(Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new)))
                .withOptions("-Ashellgen.resourceDirs=" + dir, "-Ashellgen.bogus=1")
                .compile(Shellgen.WORD_COUNT);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[UnknownOption] processor option -Ashellgen.bogus is not an option of storm-shellgen."
                        + " The options are: shellgen.python, shellgen.resourceDirs");
    }

    @Test
    void anEmptyPythonOptionIsAnErrorSayingWhatToGive() throws IOException {
        Compilation compilation = Shellgen.compiler(Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new)))
                .withOptions("-Ashellgen.resourceDirs=" + dir, "-Ashellgen.python= ")
                .compile(Shellgen.WORD_COUNT);

        assertThat(compilation).hadErrorContaining("[BadOption]");
        assertThat(compilation).hadErrorContaining("shellgen.python");
        assertThat(compilation).hadErrorContaining("a Python interpreter, by name on the PATH or by path");
    }

    @Test
    void resourceDirThatDoesNotExistIsABadOption() {
        Path missing = dir.resolve("no-such-dir");

        Compilation compilation = Shellgen.compile(missing, Shellgen.testSource("Plain",
                "public interface Plain {}"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BadOption] processor option -Ashellgen.resourceDirs=" + missing);
        assertThat(compilation).hadErrorContaining("is not a directory");
    }

    @Test
    void emptyResourceDirsIsABadOptionListingTheAllowedValues() {
        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs=")
                .compile(Shellgen.testSource("Plain", "public interface Plain {}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[BadOption] processor option -Ashellgen.resourceDirs= is not valid: it is empty. Allowed values:"
                        + " existing directories that each hold a resources/ folder, separated by commas");
    }

    @Test
    void resourceDirsWithoutValueIsABadOption() {
        Compilation compilation = Shellgen.compiler(dir)
                .withOptions("-Ashellgen.resourceDirs")
                .compile(Shellgen.testSource("Plain", "public interface Plain {}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[BadOption] processor option -Ashellgen.resourceDirs= is not valid: it is empty");
    }
}
