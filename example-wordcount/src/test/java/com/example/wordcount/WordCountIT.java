package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;

import com.example.wordcount.local.CountCollector;
import com.example.wordcount.local.LocalRun;
import com.example.wordcount.local.LocalWordCount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.BoltDef;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.GroupingDef;
import org.apache.storm.flux.model.StreamDef;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;
import org.apache.storm.generated.StormTopology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word count end to end, on a real in-process Storm cluster with real python3 processes
 * speaking the multilang protocol through storm-shellgen's Python runtime, once as the generated
 * topology class builds it and once as stock Flux builds it from the generated YAML; and once more
 * on Storm's own storm.py ({@link StockRuntimeWordCount}). Runs against the shaded jar (see the
 * failsafe configuration), so it also proves the jar's resources/ layout.
 */
class WordCountIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

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
        StormTopology topology = LocalRun.withCollector(WordCountTopology.builder(), WordCountCounterBolt.ID);
        Config config = WordCountTopology.config();
        NimbusValidation.validate(config, topology); // throws where Nimbus would reject it

        LocalRun.Result result = LocalRun.run(WordCountTopology.NAME, topology, config, sentences, TIMEOUT);

        assertCountedExactly(result);
    }

    @Test
    void stockRuntimeTopologyCountsEveryWordExactly() throws Exception {
        StormTopology topology = LocalRun.withCollector(StockRuntimeWordCountTopology.builder(),
                StockRuntimeWordCountCounterBolt.ID);
        Config config = StockRuntimeWordCountTopology.config();
        NimbusValidation.validate(config, topology);

        LocalRun.Result result = LocalRun.run(StockRuntimeWordCountTopology.NAME, topology, config, sentences, TIMEOUT);

        assertCountedExactly(result);
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

        addCollector(definition);
        Config config = FluxBuilder.buildConfig(definition);
        StormTopology topology = FluxBuilder.buildTopology(new ExecutionContext(definition, config));
        NimbusValidation.validate(config, topology);

        LocalRun.Result result = LocalRun.run(definition.getName(), topology, config, sentences, TIMEOUT);

        assertCountedExactly(result);
    }

    /** Every sentence acked in time, none failed, and each word counted exactly as Java counts it. */
    private static void assertCountedExactly(LocalRun.Result result) {
        assertThat(result.complete()).isTrue();
        assertThat(result.failed()).isEqualTo(0);
        assertThat(result.counts()).containsExactlyEntriesIn(expected);
    }

    /** The Flux equivalent of {@link LocalRun#withCollector}: the sink, fed by the counter. */
    private static void addCollector(TopologyDef definition) {
        BoltDef collector = new BoltDef();
        collector.setId(LocalRun.COLLECTOR_ID);
        collector.setClassName(CountCollector.class.getName());
        collector.setParallelism(1);
        definition.addAllBolts(List.of(collector), false);

        GroupingDef global = new GroupingDef();
        global.setType(GroupingDef.Type.GLOBAL);
        StreamDef stream = new StreamDef();
        stream.setFrom(WordCountCounterBolt.ID);
        stream.setTo(LocalRun.COLLECTOR_ID);
        stream.setGrouping(global);
        definition.addAllStreams(List.of(stream), false);
    }
}
