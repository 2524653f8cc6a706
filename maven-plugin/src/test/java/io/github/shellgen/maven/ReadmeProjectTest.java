package io.github.shellgen.maven;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's "Getting started" (docs/getting-started.md) shows the whole project the archetype generates
 * (with groupId com.example, artifactId lines, version 1.0, package com.example.lines, as the
 * archetype's integration test generates and builds it with a real mvn). Every file shown must be
 * the archetype's, to the letter, with those values and the versions the build fills in.
 */
class ReadmeProjectTest {

    private static final Path PROJECT = Path.of("..", "archetype", "src", "main", "resources", "archetype-resources");
    private static final List<String> SHOWN = List.of(
            "pom.xml",
            "src/main/java/Lines.java",
            "src/main/resources/resources/linespout.py",
            "src/main/resources/resources/split.py",
            "src/main/resources/resources/count.py",
            "src/test/java/LinesTest.java",
            "src/test/python/test_scripts.py",
            "pyproject.toml");

    @Test
    void everyFileOfTheReadmeProjectIsTheOneTheBuildRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "docs", "getting-started.md"), StandardCharsets.UTF_8);
        for (String file : SHOWN) {
            String content = Files.readString(PROJECT.resolve(file), StandardCharsets.UTF_8)
                    .replace("${groupId}", "com.example")
                    .replace("${artifactId}", "lines")
                    .replace("${version}", "1.0")
                    .replace("${package}", "com.example.lines")
                    .replace("${stormVersion}", property("storm.default.version")) // what the README shows, whatever -Dstorm.version
                    .replace("${shellgenVersion}", property("shellgen.version"));
            assertWithMessage("docs/getting-started.md shows the archetype's %s as it is generated", file).that(readme)
                    .contains(content);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertWithMessage("system property %s (set by the surefire configuration)", name).that(value).isNotEmpty();
        return value;
    }
}
