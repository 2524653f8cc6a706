package io.github.shellgen.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.shellgen.Topology;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the topology to run from the processor's index, in a class output directory or a jar. */
class ProjectTopologiesTest {

    @TempDir
    Path dir;

    @Test
    void theOnlyTopologyNeedsNoName() throws Exception {
        Path classes = classes(Map.of("wordcount", "com.example.WordCountTopology"));

        assertThat(ProjectTopologies.in(classes).choose(null)).isEqualTo("com.example.WordCountTopology");
    }

    @Test
    void severalTopologiesAreListedWhenNoneIsNamed() throws Exception {
        Path jar = jar(Map.of("wordcount", "a.WordCountTopology", "wordstats", "a.WordStatsTopology"));
        ProjectTopologies topologies = ProjectTopologies.in(jar);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> topologies.choose(""));
        assertThat(e).hasMessageThat().isEqualTo("The project has 2 topologies: wordcount, wordstats. Choose one with"
                + " -Dshellgen.topology=<name>.");
        assertThat(topologies.choose("wordstats")).isEqualTo("a.WordStatsTopology");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> topologies.choose("wc"));
        assertThat(unknown).hasMessageThat().contains("No topology \"wc\" in " + jar + "; its topologies are: wordcount, wordstats.");
    }

    @Test
    void noTopologySaysWhereTheProcessorGoes() throws Exception {
        Path classes = classes(Map.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProjectTopologies.in(classes).choose(null));
        assertThat(e).hasMessageThat().contains("annotationProcessorPaths");
    }

    private Path classes(Map<String, String> index) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path folder = Files.createDirectories(classes.resolve(Topology.INDEX_FOLDER));
        for (Map.Entry<String, String> e : index.entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue() + "\n");
        }
        return classes;
    }

    private Path jar(Map<String, String> index) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(Topology.INDEX_FOLDER));
            for (Map.Entry<String, String> e : index.entrySet()) {
                out.putNextEntry(new JarEntry(Topology.INDEX_FOLDER + e.getKey()));
                OutputStream entry = out;
                entry.write((e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
