package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;
import org.apache.storm.generated.StormTopology;
import org.junit.jupiter.api.Test;

/**
 * What the README's "Why" says of a hand-written Flux file with a misspelt grouping field: stock
 * Flux parses it and builds the topology without a word, and Nimbus rejects it at submission.
 */
class HandWrittenFluxTest {

    @Test
    void fluxAcceptsTheMisspeltFieldAndNimbusRejectsIt() throws Exception {
        TopologyDef definition = FluxParser.parseResource("/handwritten/wordcount.yaml", false, true, null, false);
        Config config = FluxBuilder.buildConfig(definition);
        StormTopology topology = FluxBuilder.buildTopology(new ExecutionContext(definition, config));
        assertThat(topology.get_bolts()).containsKey("counter");

        Exception rejected = assertThrows(Exception.class, () -> NimbusValidation.validate(config, topology));
        assertThat(rejected.toString()).contains("non-existent fields: [wrod]");
    }
}
