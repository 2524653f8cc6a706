package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The jar `storm jar` is given: what a cluster needs is in it, and nothing that would shadow it. */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "example-wordcount.jar");

    @Test
    void holdsScriptsRuntimeStormPyFluxAndTheYamlInOneResourcesFolder() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).containsAtLeast(
                    "resources/sentencespout.py", "resources/splitbolt.py", "resources/countbolt.py",
                    "resources/sentences.txt",
                    "resources/shellgen/run.py", "resources/shellgen/storm.py", // storm-shellgen's runtime
                    "resources/storm.py", // Storm's, for components on the STOCK runtime
                    "wordcount.yaml",
                    "org/apache/storm/flux/Flux.class",
                    "com/example/wordcount/WordCountTopology.class",
                    "com/example/wordcount/WordCountSplitterBolt.class");
            // Flux's own resources/ (another storm.py, sample scripts) must not be merged in.
            assertThat(names).containsNoneOf("resources/storm.rb", "resources/storm.js", "resources/splitsentence.py");
            // Storm itself is on the cluster's class path and must not be shaded in.
            assertThat(names.stream().filter(n -> n.startsWith("org/apache/storm/topology/")).toList()).isEmpty();
        }
    }
}
