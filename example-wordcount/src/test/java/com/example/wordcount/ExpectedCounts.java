package com.example.wordcount;

import com.example.wordcount.local.LocalWordCount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word counts of the example text, computed in Java without Storm or Python: what the
 * topology must arrive at. The word rule is the one splitbolt.py documents: lower-case letters
 * with inner apostrophes.
 */
final class ExpectedCounts {

    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)*");

    private ExpectedCounts() {}

    /** The example text's sentences: its lines that are not blank, one sentence a line. */
    static long sentences() throws IOException {
        try (InputStream in = ExpectedCounts.class.getResourceAsStream(LocalWordCount.TEXT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().isEmpty()).count();
        }
    }

    static Map<String, Long> ofExampleText() throws IOException {
        try (InputStream in = ExpectedCounts.class.getResourceAsStream(LocalWordCount.TEXT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Long> counts = new TreeMap<>();
            Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (words.find()) {
                counts.merge(words.group(), 1L, Long::sum);
            }
            return counts;
        }
    }
}
