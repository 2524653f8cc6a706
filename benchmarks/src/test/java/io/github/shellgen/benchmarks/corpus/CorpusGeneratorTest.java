package io.github.shellgen.benchmarks.corpus;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    @Test
    void theSameSeedGivesTheSameCorpus() {
        Corpus first = CorpusGenerator.generate(CorpusGenerator.SEED, 500);
        Corpus second = CorpusGenerator.generate(CorpusGenerator.SEED, 500);

        assertThat(second.sentences()).isEqualTo(first.sentences());
        assertThat(second.expectedCounts()).isEqualTo(first.expectedCounts());
        assertThat(CorpusGenerator.generate(CorpusGenerator.SEED + 1, 500).sentences())
                .isNotEqualTo(first.sentences());
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() {
        List<String> large = CorpusGenerator.generate(CorpusGenerator.SEED, 300).sentences();

        assertThat(CorpusGenerator.generate(CorpusGenerator.SEED, 100).sentences())
                .isEqualTo(large.subList(0, 100));
    }

    @Test
    void expectedCountsAreTheWordsOfTheSentences() {
        Corpus corpus = CorpusGenerator.generate(42, 2_000);

        Map<String, Long> recounted = new TreeMap<>();
        for (String sentence : corpus.sentences()) {
            String[] words = sentence.split(" ");
            assertThat(words.length).isAtLeast(CorpusGenerator.MIN_WORDS);
            assertThat(words.length).isAtMost(CorpusGenerator.MAX_WORDS);
            for (String word : words) {
                assertThat(word).matches("[a-z]+");
                recounted.merge(word, 1L, Long::sum);
            }
        }
        assertThat(corpus.expectedCounts()).isEqualTo(recounted);
        assertThat(corpus.words()).isEqualTo(recounted.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void wordsAreDrawnZipfLikeFromDistinctVocabulary() {
        List<String> vocabulary = CorpusGenerator.vocabulary();
        assertThat(new HashSet<>(vocabulary)).hasSize(CorpusGenerator.VOCABULARY_SIZE);

        Map<String, Long> counts = CorpusGenerator.generate(7, 5_000).expectedCounts();
        // Weight 1/rank: the first word is about twice as frequent as the second, ten times the tenth.
        long first = counts.get(vocabulary.get(0));
        assertThat(counts.values().stream().mapToLong(Long::longValue).max().getAsLong()).isEqualTo(first);
        assertThat((double) first / counts.get(vocabulary.get(9))).isWithin(4.0).of(10.0);
    }
}
