package io.github.shellgen.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a topology's picture shows: its components and its subscriptions, in the order they are
 * declared, and, for a run, how many tuples went through each. Immutable.
 *
 * @param name the topology name
 * @param nodes spouts and bolts, each id once
 * @param edges subscriptions between them
 */
public record TopologyGraph(String name, List<Node> nodes, List<Edge> edges) {

    /**
     * Where the build puts a topology's graph, as a class-path resource, so a run of the topology
     * can draw the same picture with its counts.
     */
    public static final String RESOURCE_FOLDER = "META-INF/shellgen/diagrams/";

    public TopologyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("Component \"" + node.id() + "\" appears twice in " + name);
            }
        }
        for (Edge edge : edges) {
            if (!ids.contains(edge.from()) || !ids.contains(edge.to())) {
                throw new IllegalArgumentException("Subscription " + edge.key() + " names a component that is not in "
                        + name + " " + ids);
            }
        }
    }

    /** The class-path resource holding the graph of topology {@code name} (see {@link #toText()}). */
    public static String resource(String name) {
        return RESOURCE_FOLDER + name + ".graph";
    }

    /** The graph in a line format made for {@link #parse}; counts are not kept. */
    public String toText() {
        return GraphText.write(this);
    }

    /** Reads what {@link #toText()} wrote. */
    public static TopologyGraph parse(String text) {
        return GraphText.read(text);
    }

    /**
     * This graph with a run's counts: per component, tuples a spout emitted or a bolt was given;
     * per subscription, tuples the bolt was given on it. What a map does not name counts 0.
     */
    public TopologyGraph withCounts(Map<String, Long> byComponent, Map<Edge.Key, Long> byEdge) {
        return new TopologyGraph(name,
                nodes.stream().map(n -> n.counted(byComponent.getOrDefault(n.id(), 0L))).toList(),
                edges.stream().map(e -> e.counted(byEdge.getOrDefault(e.key(), 0L))).toList());
    }
}
