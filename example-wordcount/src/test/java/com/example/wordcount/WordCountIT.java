package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;

import com.example.wordcount.local.LocalWordCount;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.time.Duration;
import java.util.Map;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word count end to end, with shellgen-testing, on a real in-process Storm cluster with real
 * python3 processes speaking the multilang protocol through storm-shellgen's Python runtime: once
 * as the generated topology class builds it and once as stock Flux builds it from the generated
 * YAML; and once more on Storm's own storm.py ({@link StockRuntimeWordCount}). Runs against the
 * shaded jar (see the failsafe configuration), so it also proves the jar's resources/ layout.
 */
class WordCountIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Every tree is acked when the counts are read: one quiet second shows nothing more comes. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    private static Map<String, Long> expected;
    private static long sentences;

    @BeforeAll
    static void countTheTextInJava() throws Exception {
        expected = ExpectedCounts.ofExampleText();
        sentences = LocalWordCount.countSentences();
        assertThat(expected).isNotEmpty();
        assertThat(sentences).isGreaterThan(1L);
    }

    @Test
    void generatedTopologyCountsEveryWordExactly() throws Exception {
        NimbusValidation.validate(WordCountTopology.config(), WordCountTopology.topology()); // throws where Nimbus would

        TopologyRun run = LocalTopology.of(WordCountTopology.class).quietPeriod(QUIET).timeLimit(TIMEOUT).run();

        assertCountedExactly(run);
    }

    @Test
    void stockRuntimeTopologyCountsEveryWordExactly() throws Exception {
        NimbusValidation.validate(StockRuntimeWordCountTopology.config(), StockRuntimeWordCountTopology.topology());

        TopologyRun run = LocalTopology.of(StockRuntimeWordCountTopology.class).quietPeriod(QUIET).timeLimit(TIMEOUT)
                .run();

        assertCountedExactly(run);
        assertThat(run.component(StockRuntimeWordCountCounterBolt.ID).runs()).isEqualTo("python3 countbolt.py");
    }

    @Test
    void generatedFluxYamlRunsOnStockFluxAndCountsEveryWordExactly() throws Exception {
        TopologyDef definition = FluxParser.parseResource(WordCountTopology.FLUX_RESOURCE, false, true, null, false);
        assertThat(definition.getName()).isEqualTo(WordCountTopology.NAME);
        assertThat(definition.getSpouts().stream().map(s -> s.getClassName()).toList())
                .containsExactly(WordCountSentencesSpout.class.getName());
        assertThat(definition.getBolts().stream().map(b -> b.getClassName()).toList())
                .containsExactly(WordCountSplitterBolt.class.getName(), WordCountCounterBolt.class.getName())
                .inOrder();
        assertThat(definition.parallelismForBolt(WordCountSplitterBolt.ID)).isEqualTo(2);
        Config config = FluxBuilder.buildConfig(definition);
        NimbusValidation.validate(config, FluxBuilder.buildTopology(new ExecutionContext(definition, config)));

        TopologyRun run = LocalTopology.fromFlux(WordCountTopology.FLUX_RESOURCE).quietPeriod(QUIET).timeLimit(TIMEOUT)
                .run();

        assertThat(run.name()).isEqualTo(WordCountTopology.NAME);
        assertCountedExactly(run);
    }

    /** Every sentence acked, none failed, and each word counted exactly as Java counts it. */
    private static void assertCountedExactly(TopologyRun run) {
        assertThat(run.succeeded()).isTrue();
        assertThat(run.treesAcked()).isEqualTo(sentences);
        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(run.errors()).isEmpty();
        assertThat(LocalWordCount.finalCounts(run.emitted(WordCountCounterBolt.ID))).containsExactlyEntriesIn(expected);
        long words = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(run.component(WordCountSplitterBolt.ID).emitted()).isEqualTo(words);
        assertThat(run.component(WordCountCounterBolt.ID).executed()).isEqualTo(words);
    }
}
