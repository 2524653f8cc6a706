package io.github.shellgen.processor.write;

import io.github.shellgen.diagram.Diagrams;
import io.github.shellgen.diagram.Edge;
import io.github.shellgen.diagram.Node;
import io.github.shellgen.diagram.TopologyGraph;
import io.github.shellgen.processor.model.BatchModel;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.GroupingModel;
import io.github.shellgen.processor.model.StreamModel;
import io.github.shellgen.processor.model.TopologyModel;
import io.github.shellgen.processor.model.WindowModel;
import io.github.shellgen.processor.storm.GroupingType;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The topology's pictures ({@code <name>.svg} and {@code <name>.md} beside its Flux file) and its
 * graph as a class-path resource, from which {@code shellgen:run} draws the same picture with the
 * run's counts.
 */
final class DiagramWriter {

    /**
     * File name (relative to the class output) to content, in a fixed order: {@code graph}'s pictures,
     * the picture laid out again unless {@code svg} is the same graph's from before, and the graph.
     */
    Map<String, String> render(TopologyGraph graph, Optional<String> svg) {
        Map<String, String> files = new LinkedHashMap<>(svg.map(picture -> Diagrams.files(graph, picture))
                .orElseGet(() -> Diagrams.files(graph)));
        files.put(TopologyGraph.resource(graph.name()), graph.toText());
        return files;
    }

    /** What the diagram says under a stateful bolt. */
    static final String STATEFUL = "stateful, checkpointed";

    static TopologyGraph graph(TopologyModel topology) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, ComponentModel> byId = new LinkedHashMap<>();
        topology.components().forEach(c -> byId.put(c.id(), c));
        for (ComponentModel component : topology.components()) {
            int pending = component.role() == Role.SPOUT ? maxPending(component, topology) : 0;
            boolean byDefault = component.role() == Role.SPOUT && pending == 0 && component.generated();
            nodes.add(new Node(component.id(), component.role() == Role.SPOUT ? Node.Kind.SPOUT : Node.Kind.BOLT,
                    runs(component), component.parallelism(), component.tasks(),
                    byDefault ? StormConfig.DEFAULT_SHELL_SPOUT_PENDING : pending, byDefault,
                    note(component)));
            for (GroupingModel input : component.inputs()) {
                StreamModel stream = byId.get(input.fromId()).streams().stream()
                        .filter(s -> s.id().equals(input.streamId())).findFirst().orElseThrow();
                edges.add(new Edge(input.fromId(), input.streamId(), stream.fields(), stream.direct(), component.id(),
                        input.type() == GroupingType.CUSTOM
                                ? input.type().label() + " " + input.customClass().simpleName()
                                : input.type().label(),
                        input.fields()));
            }
        }
        return new TopologyGraph(topology.name(), nodes, edges);
    }

    /** What the diagram says under a bolt: its window, its batches, or that it is stateful. */
    private static String note(ComponentModel component) {
        return component.window().map(WindowModel::describe)
                .or(() -> component.batch().map(BatchModel::describe))
                .orElse(component.stateful() ? STATEFUL : "");
    }

    /** A spout's topology.max.spout.pending, its own or else the topology's; 0 when neither sets one. */
    private static int maxPending(ComponentModel spout, TopologyModel topology) {
        return Stream.concat(spout.componentConfig().stream(), topology.config().stream())
                .filter(entry -> entry.key().equals(Setting.SPOUT_MAX_PENDING.key()) && entry.value() instanceof Number)
                .map(entry -> ((Number) entry.value()).intValue()).findFirst().orElse(0);
    }

    /** A shell component's command as it runs; a Java component's class. */
    private static String runs(ComponentModel component) {
        return component.command().isEmpty() ? "Java class " + component.componentClass().simpleName()
                : String.join(" ", component.command());
    }
}
