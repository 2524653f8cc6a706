package io.github.shellgen.benchmarks.compile;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One in-process javac run over a source tree, timed, into fresh output folders. The only
 * difference between the two modes is annotation processing: off ({@code -proc:none}), or
 * storm-shellgen's processor, loaded as a build tool loads it: by a class loader of its own,
 * created for that compile (javac's {@code -processorpath} loader would share classes with this
 * JVM's class path, which holds the processor too, and the processor's package-private classes
 * would then come from two loaders).
 */
final class JavacRun {

    static final String PROCESSOR = "io.github.shellgen.processor.ShellgenProcessor";

    /** What a run took and how many files the processor generated (sources and Flux files). */
    record Timing(Duration elapsed, long generatedFiles) {}

    private JavacRun() {}

    static Timing compile(ComponentSources.Tree tree, boolean withProcessor, Path outputRoot) throws IOException {
        Path classes = fresh(outputRoot.resolve("classes"));
        Path generated = fresh(outputRoot.resolve("generated"));
        String classPath = System.getProperty("java.class.path");
        List<String> options = new ArrayList<>(List.of(
                "--release", "17", "-encoding", "UTF-8", "-nowarn", "-Xlint:none",
                "-classpath", classPath, "-d", classes.toString(), "-s", generated.toString()));
        options.add(withProcessor ? "-Ashellgen.resourceDirs=" + tree.resourceRoot() : "-proc:none");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        boolean ok;
        URLClassLoader processorLoader = null;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(tree.sources()));
            if (withProcessor) {
                processorLoader = processorLoader(classPath);
                task.setProcessors(List.of(newProcessor(processorLoader)));
            }
            ok = task.call();
        } finally {
            if (processorLoader != null) {
                processorLoader.close();
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!ok) {
            throw new IllegalStateException("javac failed (" + (withProcessor ? "with" : "without")
                    + " the processor): " + errors(diagnostics));
        }
        return new Timing(elapsed, countFiles(generated, ".java") + countFiles(classes, ".yaml"));
    }

    /** The processor's own loader: this JVM's class path, seen from above the application loader. */
    private static URLClassLoader processorLoader(String classPath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Processor newProcessor(ClassLoader loader) {
        try {
            return loader.loadClass(PROCESSOR).asSubclass(Processor.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load " + PROCESSOR + " from the class path", e);
        }
    }

    /**
     * Copies the sources the last compile with the processor generated into {@code target}, so
     * that they can be compiled again without it: that separates javac's work on the generated
     * code from the processor's own.
     */
    static List<Path> keepGeneratedSources(Path outputRoot, Path target) throws IOException {
        Path generated = outputRoot.resolve("generated");
        List<Path> kept = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(generated)) {
            for (Path source : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path copy = target.resolve(generated.relativize(source));
                Files.createDirectories(copy.getParent());
                kept.add(Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING));
            }
        }
        return kept;
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .limit(5)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static long countFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).count();
        }
    }
}
