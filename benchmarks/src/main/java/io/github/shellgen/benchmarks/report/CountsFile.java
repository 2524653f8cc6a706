package io.github.shellgen.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** A variant's final counts, written by its JVM and checked by the parent: "word TAB count" lines. */
public final class CountsFile {

    private CountsFile() {}

    public static void write(Path file, Map<String, Long> counts) throws IOException {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counts).forEach((word, count) -> text.append(word).append('\t').append(count).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static Map<String, Long> read(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            counts.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
        }
        return counts;
    }
}
