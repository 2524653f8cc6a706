package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import io.github.shellgen.processor.write.RuntimeFilesWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Python runtime a component runs on: the command the generated class runs, and the runtime's
 * files, written into the class output (hence the jar) once per compilation when any component
 * needs them.
 */
class RuntimeFilesTest {

    @TempDir
    Path dir;

    @Test
    void defaultRuntimeIsWrittenOnceIntoTheClassOutput() throws IOException {
        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(Shellgen.WORD_COUNT),
                Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(runtimeFilesWritten(compilation)).containsExactly(
                "/CLASS_OUTPUT/resources/shellgen/run.py", "/CLASS_OUTPUT/resources/shellgen/storm.py");
        for (String file : ShellgenRuntimeFiles.FILES) {
            assertThat(contents(compilation, "resources/" + file)).isEqualTo(RuntimeFilesWriter.bundled(file));
        }
    }

    @Test
    void stockRuntimeRunsTheScriptItselfAndNeedsNoRuntimeFiles() throws IOException {
        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(Shellgen.testSource("Stock",
                "@Topology(name = \"stock\")",
                "public interface Stock {",
                "    @PythonSpout(script = \"source.py\", fields = \"line\", runtime = PythonRuntime.STOCK)",
                "    interface Source {}",
                "",
                "    @PythonBolt(script = \"sink.py\", runtime = PythonRuntime.STOCK)",
                "    @ShuffleGrouping(from = Source.class)",
                "    interface Sink {}",
                "}")), "source.py", "sink.py", "storm.py");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.StockSourceSpout").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"python3\", \"source.py\")");
        assertThat(compilation).generatedSourceFile("test.StockSinkBolt").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"python3\", \"sink.py\")");
        assertThat(runtimeFilesWritten(compilation)).isEmpty();
    }

    @Test
    void runtimeIsChosenPerComponent() {
        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(Shellgen.testSource("Mixed",
                "@Topology(name = \"mixed\")",
                "public interface Mixed {",
                "    @PythonSpout(script = \"source.py\", fields = \"line\", runtime = PythonRuntime.STOCK)",
                "    interface Source {}",
                "",
                "    @PythonBolt(script = \"sink.py\", interpreter = \"/opt/python/bin/python3\")",
                "    @ShuffleGrouping(from = Source.class)",
                "    interface Sink {}",
                "}")), "source.py", "sink.py", "storm.py");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.MixedSourceSpout").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"python3\", \"source.py\")");
        assertThat(compilation).generatedSourceFile("test.MixedSinkBolt").contentsAsUtf8String()
                .contains("super(ShellCommand.of(\"/opt/python/bin/python3\", \"shellgen/run.py\", \"sink.py\")");
        assertThat(runtimeFilesWritten(compilation)).hasSize(ShellgenRuntimeFiles.FILES.size());
    }

    @Test
    void topologiesMetInSeveralRoundsShareOneCopyOfTheRuntime() throws IOException {
        Shellgen.withScripts(dir, "source.py", "sink.py");
        Compilation compilation = Compiler.javac()
                .withProcessors(new SecondTopologyGenerator(), new ShellgenProcessor())
                .withOptions("-Ashellgen.resourceDirs=" + dir)
                .compile(Shellgen.testSource("First",
                        "@Topology(name = \"first\")",
                        "public interface First {",
                        "    @PythonSpout(script = \"source.py\", fields = \"line\")",
                        "    interface Source {}",
                        "}"));

        // Creating a file twice would be a Filer error, reported as [Unexpected].
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "first.yaml");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "second.yaml");
        assertThat(runtimeFilesWritten(compilation)).hasSize(ShellgenRuntimeFiles.FILES.size());
    }


    private static List<String> runtimeFilesWritten(Compilation compilation) {
        return compilation.generatedFiles().stream()
                .map(file -> file.toUri().getPath())
                .filter(path -> path.contains("/resources/" + ShellgenRuntimeFiles.FOLDER + "/"))
                .sorted()
                .toList();
    }

    private static byte[] contents(Compilation compilation, String path) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError("not in the class output: " + path));
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Generates a second {@code @Topology} interface in the first round: the processor meets it in the second. */
    @SupportedAnnotationTypes("*")
    static final class SecondTopologyGenerator extends AbstractProcessor {

        private boolean generated;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (generated) {
                return false;
            }
            generated = true;
            try (Writer out = processingEnv.getFiler().createSourceFile("test.Second").openWriter()) {
                out.write(String.join("\n",
                        "package test;",
                        "import io.github.shellgen.*;",
                        "@Topology(name = \"second\")",
                        "public interface Second {",
                        "    @PythonSpout(script = \"source.py\", fields = \"line\")",
                        "    interface Source {}",
                        "}"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return false;
        }
    }
}
