package io.github.shellgen.processor.write;

import io.github.shellgen.Topology;
import io.github.shellgen.processor.model.TopologyModel;

/**
 * The names of the resource files a topology gets, relative to the class output (so also their
 * class-path resources): {@code wordcount.yaml}, {@code wordcount.filter.yaml},
 * {@code wordcount.properties} and the index file. The diagrams are named by the diagram module.
 */
final class OutputNames {

    private OutputNames() {}

    /** The Flux file, every value written out. */
    static String flux(TopologyModel topology) {
        return topology.name() + ".yaml";
    }

    /** The Flux file with placeholders, for {@code --filter}. */
    static String fluxFilter(TopologyModel topology) {
        return topology.name() + ".filter.yaml";
    }

    /** The defaults of {@link #fluxFilter}'s placeholders. */
    static String fluxProperties(TopologyModel topology) {
        return topology.name() + ".properties";
    }

    /** The index file naming the generated topology class, for tools that look for topologies. */
    static String index(TopologyModel topology) {
        return Topology.INDEX_FOLDER + topology.name();
    }
}
