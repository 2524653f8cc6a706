package io.github.shellgen.benchmarks.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A generated text, one sentence per line, and the word counts a correct word count must arrive
 * at. The counts are tallied while the words are drawn, not by splitting the text again, so they
 * do not share code with any variant's splitter.
 */
public record Corpus(long seed, List<String> sentences, Map<String, Long> expectedCounts) {

    public Corpus {
        sentences = List.copyOf(sentences);
        expectedCounts = Map.copyOf(expectedCounts);
    }

    public long words() {
        return expectedCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Writes the sentences, one per line: the file every variant's spout reads. */
    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, sentences, StandardCharsets.UTF_8);
    }
}
