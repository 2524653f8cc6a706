package io.github.shellgen.benchmarks.compile;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time benchmark's sources compile with and without the processor, the processor
 * generates what it should, and its output compiles again on its own.
 */
class JavacRunTest {

    @Test
    void generatedInterfacesCompileAllThreeWays(@TempDir Path dir) throws Exception {
        ComponentSources.Tree tree = ComponentSources.write(dir, 2, 3);

        JavacRun.Timing without = JavacRun.compile(tree, false, dir.resolve("out"));
        assertThat(without.generatedFiles()).isEqualTo(0);

        JavacRun.Timing with = JavacRun.compile(tree, true, dir.resolve("out"));
        // Per topology: one class per component, the topology class and the two Flux files.
        assertThat(with.generatedFiles()).isEqualTo(2 * (3 + 1 + 2));
        assertThat(Files.exists(dir.resolve("out/classes/pipeline0001.yaml"))).isTrue();
        assertThat(Files.exists(dir.resolve("out/classes/pipeline0001.filter.yaml"))).isTrue();
        assertThat(Files.exists(dir.resolve("out/classes/pipeline0001.properties"))).isTrue();
        assertThat(Files.exists(dir.resolve("out/classes/bench/Pipeline0001Stage2Bolt.class"))).isTrue();

        ComponentSources.Tree pregenerated = tree.plus(JavacRun.keepGeneratedSources(dir.resolve("out"), dir.resolve("kept")));
        assertThat(pregenerated.sources()).hasSize(2 + 2 * (3 + 1));
        JavacRun.compile(pregenerated, false, dir.resolve("out"));
        assertThat(Files.exists(dir.resolve("out/classes/bench/Pipeline0001Topology.class"))).isTrue();
    }
}
