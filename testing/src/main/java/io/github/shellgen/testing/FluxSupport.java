package io.github.shellgen.testing;

import java.util.Map;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;
import org.apache.storm.generated.StormTopology;

/** Builds a topology from a Flux file with stock Flux, which the caller puts on the class path. */
final class FluxSupport {

    record Built(String name, StormTopology topology, Map<String, Object> config) {}

    private FluxSupport() {}

    static Built build(String resource) {
        try {
            return parseAndBuild(resource);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(TestingMessage.NO_FLUX.format(e.getMessage()), e);
        }
    }

    private static Built parseAndBuild(String resource) {
        try {
            TopologyDef definition = FluxParser.parseResource(resource, false, true, null, false);
            if (definition == null) {
                throw new IllegalArgumentException(TestingMessage.FLUX_FILE_MISSING.format(resource));
            }
            Config config = FluxBuilder.buildConfig(definition);
            StormTopology topology = FluxBuilder.buildTopology(new ExecutionContext(definition, config));
            return new Built(definition.getName(), topology, config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(TestingMessage.FLUX_FAILED.format(resource, e), e);
        }
    }
}
