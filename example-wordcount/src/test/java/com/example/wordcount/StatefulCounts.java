package com.example.wordcount;

import io.github.shellgen.testing.RedisServer;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the stateful word count (com.example.statefulcount) has counted, read from Redis: the counts
 * its counter tasks committed, summed per word, and the sentences they counted; and what it should
 * have counted, the example text's counts once per round.
 */
final class StatefulCounts {

    /** The bolt whose state is read, and the prefix of the keys that record a counted sentence. */
    static final String COUNTER = "counter";
    private static final String SENTENCE_KEY = "#";

    private final Map<String, Long> words;
    private final long sentences;

    private StatefulCounts(Map<String, Long> words, long sentences) {
        this.words = words;
        this.sentences = sentences;
    }

    /** What every counter task committed to {@code redis}. */
    static StatefulCounts in(RedisServer redis) {
        Map<String, Long> words = new TreeMap<>();
        long sentences = 0;
        for (Map<String, String> state : redis.states(COUNTER).values()) {
            for (Map.Entry<String, String> entry : state.entrySet()) {
                if (entry.getKey().startsWith(SENTENCE_KEY)) {
                    sentences++;
                } else {
                    words.merge(entry.getKey(), Long.parseLong(entry.getValue()), Long::sum);
                }
            }
        }
        return new StatefulCounts(words, sentences);
    }

    /** The example text's counts, {@code rounds} times over. */
    static Map<String, Long> expected(int rounds) throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        ExpectedCounts.ofExampleText().forEach((word, count) -> expected.put(word, count * rounds));
        return expected;
    }

    Map<String, Long> words() {
        return words;
    }

    long sentences() {
        return sentences;
    }

    long total() {
        return words.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return sentences + " sentences, " + total() + " words";
    }
}
