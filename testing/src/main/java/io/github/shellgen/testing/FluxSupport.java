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
            throw new IllegalStateException("Running a Flux file needs Storm's Flux (org.apache.storm:flux-core) on the"
                    + " class path, and " + e.getMessage() + " is not there. Add flux-core to the test class path"
                    + " (its POM on Maven Central is broken; see the README), or run the generated topology class"
                    + " with LocalTopology.of(...).", e);
        }
    }

    private static Built parseAndBuild(String resource) {
        try {
            TopologyDef definition = FluxParser.parseResource(resource, false, true, null, false);
            if (definition == null) {
                throw new IllegalArgumentException("Flux file " + resource + " is not on the class path");
            }
            Config config = FluxBuilder.buildConfig(definition);
            StormTopology topology = FluxBuilder.buildTopology(new ExecutionContext(definition, config));
            return new Built(definition.getName(), topology, config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Flux could not build " + resource + ": " + e, e);
        }
    }
}
