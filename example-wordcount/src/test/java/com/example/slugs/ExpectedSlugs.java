package com.example.slugs;

import com.example.wordcount.local.LocalWordCount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the slugs topology must emit, computed in Java without Python: each sentence of the example
 * text with python-slugify's slug of it (for this ASCII text: lower case, every run of other
 * characters one hyphen, none at either end).
 */
public final class ExpectedSlugs {

    private ExpectedSlugs() {}

    /** Sentence to slug. */
    public static Map<String, String> ofExampleText() throws IOException {
        try (InputStream in = LocalWordCount.class.getResourceAsStream(LocalWordCount.TEXT_RESOURCE)) {
            Map<String, String> slugs = new TreeMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> slugs.put(line, line.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("^-|-$", "")));
            return slugs;
        }
    }

    /** Fails unless {@code python3} on this machine lacks python-slugify: the jar must bring it. */
    public static void assertPythonLacksSlugify() throws Exception {
        Process python = new ProcessBuilder("python3", "-c", "import slugify").redirectErrorStream(true).start();
        python.getInputStream().readAllBytes();
        if (python.waitFor() == 0) {
            throw new AssertionError("python3 on this machine has python-slugify installed, so the test cannot show"
                    + " that the jar brings it; run it where `python3 -c 'import slugify'` fails");
        }
    }
}
