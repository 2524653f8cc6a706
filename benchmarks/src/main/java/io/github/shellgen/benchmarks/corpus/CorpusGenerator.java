package io.github.shellgen.benchmarks.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a {@link Corpus} from a seed: sentences of 4 to 12 lower-case words separated by
 * single spaces, drawn with Zipf-like frequencies (rank r has weight 1/r) from a fixed vocabulary,
 * so a few words are very common and most are rare, as in real text. The same seed and size give
 * the same corpus on every machine and JDK ({@link SplittableRandom}'s sequence is specified).
 */
public final class CorpusGenerator {

    /** The benchmark's seed: fixed, so every run and every variant counts the same text. */
    public static final long SEED = 20_240_611L;

    static final int VOCABULARY_SIZE = 5_000;
    static final int MIN_WORDS = 4;
    static final int MAX_WORDS = 12;

    private static final String[] SYLLABLES = {
        "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu",
        "na", "pe", "ri", "so", "tu", "va", "we", "xi", "yo", "za",
    };

    private static final List<String> VOCABULARY = vocabulary();
    private static final double[] CUMULATIVE_WEIGHTS = zipfCumulativeWeights(VOCABULARY_SIZE);

    private CorpusGenerator() {}

    public static Corpus generate(long seed, int sentenceCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> sentences = new ArrayList<>(sentenceCount);
        Map<String, Long> counts = new TreeMap<>();
        StringBuilder sentence = new StringBuilder();
        for (int s = 0; s < sentenceCount; s++) {
            sentence.setLength(0);
            int length = random.nextInt(MIN_WORDS, MAX_WORDS + 1);
            for (int w = 0; w < length; w++) {
                String word = VOCABULARY.get(drawRank(random));
                counts.merge(word, 1L, Long::sum);
                if (w > 0) {
                    sentence.append(' ');
                }
                sentence.append(word);
            }
            sentences.add(sentence.toString());
        }
        return new Corpus(seed, sentences, counts);
    }

    /** Word i spells i + 20 in base 20 with one syllable a digit: distinct, at least two syllables. */
    static List<String> vocabulary() {
        List<String> words = new ArrayList<>(VOCABULARY_SIZE);
        for (int i = 0; i < VOCABULARY_SIZE; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = i + SYLLABLES.length; n > 0; n /= SYLLABLES.length) {
                word.insert(0, SYLLABLES[n % SYLLABLES.length]);
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    private static double[] zipfCumulativeWeights(int size) {
        double[] cumulative = new double[size];
        double total = 0;
        for (int rank = 1; rank <= size; rank++) {
            total += 1.0 / rank;
            cumulative[rank - 1] = total;
        }
        return cumulative;
    }

    private static int drawRank(SplittableRandom random) {
        double target = random.nextDouble() * CUMULATIVE_WEIGHTS[CUMULATIVE_WEIGHTS.length - 1];
        int index = Arrays.binarySearch(CUMULATIVE_WEIGHTS, target);
        return index >= 0 ? index : Math.min(-index - 1, CUMULATIVE_WEIGHTS.length - 1);
    }
}
