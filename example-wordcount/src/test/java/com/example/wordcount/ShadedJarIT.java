package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            assertThat(names).containsNoneOf("resources/storm.rb", "resources/randomsentence.js", "resources/splitsentence.py");
            // Storm itself is on the cluster's class path and must not be shaded in.
            assertThat(names.stream().filter(n -> n.startsWith("org/apache/storm/topology/")).toList()).isEmpty();
        }
    }

    @Test
    void holdsBothTopologiesOfTheModuleEachWithItsFluxFiles() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).containsAtLeast(
                    "wordcount.yaml", "wordcount.filter.yaml", "wordcount.properties",
                    "com/example/wordcount/WordCountTopology.class",
                    "wordstats.yaml", "wordstats.filter.yaml", "wordstats.properties",
                    "com/example/wordstats/WordStatsTopology.class",
                    // wordstats' scripts, and Storm's storm.js next to its Node.js splitter
                    "resources/linespout.py", "resources/splitbolt.js", "resources/partialcount.py",
                    "resources/router.py", "resources/storm.js");
            try (InputStream stormJs = jar.getInputStream(jar.getEntry("resources/storm.js"))) {
                assertThat(new String(stormJs.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("module.exports.BasicBolt"); // Storm's, from multilang-javascript
            }
        }
    }
}
