package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import io.github.shellgen.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flux file of the word count, against a golden file written by hand, and the repeatability of every file. */
class FluxYamlGoldenTest {

    @TempDir
    Path dir;

    @Test
    void wordCountYamlMatchesGoldenFileByteForByte() throws IOException {
        Compilation compilation = Shellgen.compileWordCount(dir);

        assertThat(compilation).succeeded();
        byte[] golden = golden("wordcount.yaml");
        byte[] actual = yaml(compilation);
        // The string comparison first, for a readable diff; then the bytes, which are the contract.
        assertThat(new String(actual, UTF_8)).isEqualTo(new String(golden, UTF_8));
        assertThat(actual).isEqualTo(golden);
    }

    @Test
    void indexFileNamesTheGeneratedTopologyClass() throws IOException {
        Compilation compilation = Shellgen.compileWordCount(dir);

        assertThat(compilation).succeeded();
        JavaFileObject index = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                        Topology.INDEX_FOLDER + "wordcount")
                .orElseThrow(() -> new AssertionError("no topology index file: " + compilation.generatedFiles()));
        try (InputStream in = index.openInputStream()) {
            assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("test.wordcount.WordCountTopology\n");
        }
    }

    @Test
    void compilingTwiceGivesIdenticalOutput() throws IOException {
        Shellgen.withScripts(dir, Shellgen.WORD_COUNT_SCRIPTS.toArray(String[]::new));

        Compilation first = Shellgen.compile(dir, Shellgen.WORD_COUNT);
        Compilation second = Shellgen.compile(dir, Shellgen.WORD_COUNT);

        assertThat(first).succeeded();
        assertThat(second).succeeded();
        assertThat(yaml(second)).isEqualTo(yaml(first));
        Map<String, String> firstFiles = classOutputFiles(first);
        assertThat(firstFiles.keySet()).containsAtLeast("/wordcount.yaml", "/wordcount.svg", "/wordcount.md",
                "/META-INF/shellgen/diagrams/wordcount.graph");
        assertThat(classOutputFiles(second)).isEqualTo(firstFiles);
        Map<String, String> firstSources = generatedSources(first);
        assertThat(firstSources).hasSize(4);
        assertThat(generatedSources(second)).isEqualTo(firstSources);
    }

    private static byte[] yaml(Compilation compilation) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "wordcount.yaml")
                .orElseThrow(() -> new AssertionError("no wordcount.yaml in the class output: " + compilation.generatedFiles()));
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> generatedSources(Compilation compilation) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            sources.put(file.toUri().getPath(), file.getCharContent(false).toString());
        }
        return sources;
    }

    /** Every file but the compiled classes in the class output, by path. */
    private static Map<String, String> classOutputFiles(Compilation compilation) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.startsWith("/CLASS_OUTPUT/") && !path.endsWith(".class")) {
                try {
                    files.put(path.substring("/CLASS_OUTPUT".length()), file.getCharContent(false).toString());
                } catch (java.io.FileNotFoundException e) {
                    // compile-testing lists a file the processor only named (to find the class output's
                    // resources/ folder) and never wrote.
                }
            }
        }
        return files;
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = FluxYamlGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertWithMessage("golden file /golden/%s on the test class path", name).that(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
