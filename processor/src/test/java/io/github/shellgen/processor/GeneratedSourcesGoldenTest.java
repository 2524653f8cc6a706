package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java sources generated for the word count, against golden files
 * ({@code src/test/resources/golden/test/wordcount/}): the same code, compared as Java (formatting
 * aside), so that a change to what the processor writes shows as a change to these files.
 */
class GeneratedSourcesGoldenTest {

    /** Every source the word count generates: the topology class and one class per component. */
    private static final List<String> CLASSES = List.of("WordCountTopology", "WordCountSentencesSpout",
            "WordCountSplitterBolt", "WordCountCounterBolt");

    @TempDir
    Path dir;

    @Test
    void wordCountSourcesMatchTheGoldenFiles() throws IOException {
        Compilation compilation = Shellgen.compileWordCount(dir);

        assertThat(compilation).succeeded();
        for (String name : CLASSES) {
            assertThat(compilation).generatedSourceFile("test.wordcount." + name)
                    .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/test/wordcount/" + name + ".java"));
        }
    }

    @Test
    void nothingElseIsGenerated() throws IOException {
        Compilation compilation = Shellgen.compileWordCount(dir);

        assertThat(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName)
                .map(file -> file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length())).toList())
                .containsExactlyElementsIn(CLASSES);
    }
}
