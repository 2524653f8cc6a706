package io.github.shellgen.maven;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your own Maven project" shows a whole project; the build runs that very
 * project (src/it/word-count-project) with a real mvn. Every file shown must be that project's, to
 * the letter, with the versions the build filters in.
 */
class ReadmeProjectTest {

    private static final Path PROJECT = Path.of("src", "it", "word-count-project");
    private static final List<String> SHOWN = List.of(
            "pom.xml",
            "src/main/java/com/example/lines/Lines.java",
            "src/main/resources/resources/linespout.py",
            "src/main/resources/resources/split.py",
            "src/main/resources/resources/count.py",
            "src/test/java/com/example/lines/LinesTest.java");

    @Test
    void everyFileOfTheReadmeProjectIsTheOneTheBuildRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (String file : SHOWN) {
            String content = Files.readString(PROJECT.resolve(file), StandardCharsets.UTF_8)
                    .replace("@storm.version@", property("storm.version"))
                    .replace("@shellgen.version@", property("shellgen.version"));
            assertWithMessage("README.md shows %s of %s as it is", file, PROJECT).that(readme).contains(content);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertWithMessage("system property %s (set by the surefire configuration)", name).that(value).isNotEmpty();
        return value;
    }
}
