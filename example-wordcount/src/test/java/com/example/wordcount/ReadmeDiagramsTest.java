package com.example.wordcount;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The guide (docs/diagrams.md) shows the example's diagrams as the build draws them today, not as they once were. */
class ReadmeDiagramsTest {

    @Test
    void theReadmeHasTheMermaidBlockOfEachExampleTopology() throws IOException {
        String readme = Files.readString(Path.of("..", "docs", "diagrams.md"), UTF_8);
        for (String topology : new String[] {"wordcount", "wordstats"}) {
            String block = mermaidBlock(topology);
            assertWithMessage("docs/diagrams.md has the mermaid block of target/classes/%s.md", topology).that(readme)
                    .contains(block);
        }
    }

    /** From {@code ```mermaid} to the closing fence, inclusive. */
    private static String mermaidBlock(String topology) throws IOException {
        try (InputStream in = ReadmeDiagramsTest.class.getResourceAsStream("/" + topology + ".md")) {
            assertWithMessage("/%s.md on the class path (written by the processor)", topology).that(in).isNotNull();
            String markdown = new String(in.readAllBytes(), UTF_8);
            int start = markdown.indexOf("```mermaid\n");
            int end = markdown.indexOf("```\n", start + 3);
            return markdown.substring(start, end + 4);
        }
    }
}
