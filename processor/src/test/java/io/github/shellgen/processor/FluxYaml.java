package io.github.shellgen.processor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;

/** Generated YAML read by stock Flux's own parser, as {@code storm jar ... Flux -R /name.yaml} reads it. */
final class FluxYaml {

    /**
     * SnakeYAML warns through java.util.logging, on every parse, that Flux's TopologyDef has
     * setters without fields of the same name; harmless, and a flood in a test that parses hundreds
     * of files. Held here so the logger (and its level) is not garbage-collected.
     */
    private static final Logger SNAKEYAML = Logger.getLogger("org.yaml.snakeyaml");

    static {
        SNAKEYAML.setLevel(Level.SEVERE);
    }

    private FluxYaml() {}

    /** Parses as Flux does without {@code --filter} or {@code -e}: includes processed, no substitution. */
    static TopologyDef parse(byte[] yaml) throws IOException {
        return FluxParser.parseInputStream(new ByteArrayInputStream(yaml), false, true, null, false);
    }
}
