package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.shellgen.processor.diagnostic.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.flux.model.TopologyDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No exception ever escapes the processor, and every diagnostic it gives is one of its own: 600
 * random sources (clean, or with known mistakes; {@code -Drandom.sources=N} for more, or
 * {@code -Drandom.seed=N} for others), from a fixed seed, fifty to a compilation. Each
 * source must fail exactly when it holds an error-level mistake, only with tagged diagnostics, never
 * with a stack trace or {@code [Unexpected]}; the sources without errors are compiled again on their
 * own, so that their generated classes are compiled and their YAML is read by Flux.
 */
class RandomSourcesTest {

    /** Change it to explore; a failure prints it, and the same seed gives the same sources. */
    private static final long SEED = Long.getLong("random.seed", 0x5EED_2024L);
    private static final int SOURCES = Integer.getInteger("random.sources", 600);
    private static final int BATCH = 50;

    private static final Set<String> TAGS = Arrays.stream(Message.values()).map(Message::tag).collect(Collectors.toSet());

    @TempDir
    Path dir;

    @Test
    void everySourceSucceedsOrFailsWithTaggedDiagnosticsOnly() throws IOException {
        Shellgen.withScripts(dir, RandomTopologies.SCRIPTS.toArray(String[]::new));
        RandomTopologies random = new RandomTopologies(SEED);
        int failed = 0;
        int warned = 0;
        for (int start = 0; start < SOURCES; start += BATCH) {
            List<RandomTopologies.Generated> batch = new ArrayList<>();
            String previousName = null;
            for (int index = start; index < start + BATCH; index++) {
                RandomTopologies.Generated source = random.next(index, previousName);
                batch.add(source);
                previousName = source.topologyName();
            }
            BatchResult result = compile(batch);
            failed += result.failed;
            warned += result.warned;
            compileCleanOnesAgain(batch, result);
        }
        // The mix must really mix: a third clean, most of the rest failing.
        assertWithMessage("sources that failed (seed %s)", SEED).that(failed)
                .isIn(com.google.common.collect.Range.closed(SOURCES * 2 / 5, SOURCES * 4 / 5));
        assertWithMessage("sources with warnings (seed %s)", SEED).that(warned).isAtLeast(SOURCES / 50);
    }

    private record BatchResult(Map<RandomTopologies.Generated, List<Diagnostic<? extends JavaFileObject>>> diagnostics,
            int failed, int warned) {}

    private BatchResult compile(List<RandomTopologies.Generated> batch) {
        Map<String, RandomTopologies.Generated> byUri = new HashMap<>();
        List<JavaFileObject> files = new ArrayList<>();
        for (RandomTopologies.Generated source : batch) {
            JavaFileObject file = JavaFileObjects.forSourceString(source.qualifiedName(), source.text());
            files.add(file);
            byUri.put(file.toUri().toString(), source);
        }
        Compilation compilation = Shellgen.compiler(dir).compile(files);

        Map<RandomTopologies.Generated, List<Diagnostic<? extends JavaFileObject>>> bySource = new HashMap<>();
        batch.forEach(source -> bySource.put(source, new ArrayList<>()));
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String text = diagnostic.getMessage(Locale.ROOT);
            RandomTopologies.Generated source = diagnostic.getSource() == null
                    ? null
                    : byUri.get(diagnostic.getSource().toUri().toString());
            String context = describe(source, diagnostic);
            assertWithMessage("a stack frame in a diagnostic%s", context).that(text).doesNotContain("\tat ");
            assertWithMessage("a stack frame in a diagnostic%s", context).that(text).doesNotContain("at io.github");
            assertWithMessage("[Unexpected]%s", context).that(text).doesNotContain("[Unexpected]");
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            assertWithMessage("a %s without a storm-shellgen tag%s", diagnostic.getKind(), context)
                    .that(tagOf(text)).isIn(TAGS);
            assertWithMessage("a diagnostic outside the sources (a generated file?)%s", context).that(source).isNotNull();
            bySource.get(source).add(diagnostic);
        }
        int failed = 0;
        int warned = 0;
        for (RandomTopologies.Generated source : batch) {
            List<Diagnostic<? extends JavaFileObject>> diagnostics = bySource.get(source);
            boolean hasError = diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
            assertWithMessage("errors for a source %s%s", source.expectsError() ? "that should fail" : "that should compile",
                    describe(source, diagnostics)).that(hasError).isEqualTo(source.expectsError());
            failed += hasError ? 1 : 0;
            warned += diagnostics.stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.WARNING) ? 1 : 0;
        }
        return new BatchResult(bySource, failed, warned);
    }

    /** javac stops before compiling generated code once any error is reported: give the clean ones their own run. */
    private void compileCleanOnesAgain(List<RandomTopologies.Generated> batch, BatchResult result) throws IOException {
        List<RandomTopologies.Generated> clean = batch.stream().filter(source -> !source.expectsError()).toList();
        if (clean.isEmpty()) {
            return;
        }
        Compilation compilation = Shellgen.compiler(dir).compile(clean.stream()
                .map(source -> JavaFileObjects.forSourceString(source.qualifiedName(), source.text()))
                .toList());
        assertWithMessage("the generated code of sources without errors compiles (seed %s)%s", SEED,
                compilation.errors().stream().map(d -> "\n" + d).collect(Collectors.joining()))
                .that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        for (RandomTopologies.Generated source : clean) {
            String fileName = source.topologyName() + ".yaml";
            JavaFileObject yaml = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, fileName)
                    .orElseThrow(() -> new AssertionError("no " + fileName + describe(source, List.of())));
            try (InputStream in = yaml.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                TopologyDef flux = FluxYaml.parse(bytes);
                assertWithMessage("Flux's topology name%s", describe(source, List.of()))
                        .that(flux.getName()).isEqualTo(source.topologyName());
                int components = (flux.getSpouts() == null ? 0 : flux.getSpouts().size())
                        + (flux.getBolts() == null ? 0 : flux.getBolts().size());
                assertWithMessage("Flux's component count%s", describe(source, List.of()))
                        .that(components).isEqualTo(source.componentCount());
            }
        }
    }

    /** The tag a message starts with, or the whole message if it has none. */
    private static String tagOf(String text) {
        int end = text.indexOf(']');
        return text.startsWith("[") && end > 1 ? text.substring(1, end) : text;
    }

    private static String describe(RandomTopologies.Generated source, Diagnostic<? extends JavaFileObject> diagnostic) {
        return describe(source, List.of(diagnostic));
    }

    private static String describe(RandomTopologies.Generated source, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        String header = "\n(seed " + SEED + (source == null ? "" : ", source #" + source.index() + ", mistakes "
                + source.mistakes()) + ")";
        String shown = diagnostics.stream().map(d -> "\n  " + d.getKind() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining());
        return header + shown + (source == null ? "" : "\n" + source.text());
    }
}
