package io.github.shellgen.benchmarks;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Compares a variant's final counts with the corpus's expected counts: they must be equal. */
final class CountsCheck {

    private static final int EXAMPLES = 5;

    private CountsCheck() {}

    /** Throws a {@link BenchmarkFailure} naming the first differences if the counts are not exact. */
    static void requireExact(String run, Map<String, Long> expected, Map<String, Long> actual) {
        if (expected.equals(actual)) {
            return;
        }
        TreeSet<String> words = new TreeSet<>(expected.keySet());
        words.addAll(actual.keySet());
        String differences = words.stream()
                .filter(word -> !Objects.equals(expected.get(word), actual.get(word)))
                .limit(EXAMPLES)
                .map(word -> "\"" + word + "\": expected " + orNone(expected.get(word)) + ", got " + orNone(actual.get(word)))
                .collect(Collectors.joining("; "));
        throw new BenchmarkFailure(String.format(
                "%s: the final counts are not exact (%d words expected in total, %d counted; %d distinct"
                        + " expected, %d counted). First differences: %s",
                run, total(expected), total(actual), expected.size(), actual.size(), differences));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String orNone(Long count) {
        return count == null ? "none" : count.toString();
    }
}
