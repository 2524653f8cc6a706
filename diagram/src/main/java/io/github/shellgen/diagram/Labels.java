package io.github.shellgen.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words on the picture, one owner for the SVG and the Mermaid text alike. */
final class Labels {

    private Labels() {}

    /** The id first (drawn bold), then kind and parallelism, what it runs, and a run's count. */
    static List<String> node(Node node) {
        List<String> lines = new ArrayList<>();
        lines.add(node.id());
        String parallelism = node.kind().label() + " \u00b7 parallelism " + node.parallelism();
        if (node.tasks() > 0 && node.tasks() != node.parallelism()) {
            parallelism += " \u00b7 " + node.tasks() + " tasks";
        }
        lines.add(parallelism);
        if (node.maxPending() > 0) {
            lines.add("max pending " + number(node.maxPending()) + (node.pendingByDefault() ? " (default)" : ""));
        }
        if (!node.window().isEmpty()) {
            lines.add(node.window());
        }
        lines.add(node.runs());
        node.count().ifPresent(count -> lines.add(
                (node.kind() == Node.Kind.SPOUT ? "emitted " : "executed ") + number(count)));
        return lines;
    }

    /** The stream with its fields, the grouping with its fields, and a run's count. */
    static List<String> edge(Edge edge) {
        List<String> lines = new ArrayList<>();
        lines.add(edge.stream() + " [" + String.join(", ", edge.streamFields()) + "]"
                + (edge.direct() ? " \u00b7 direct stream" : ""));
        lines.add(edge.groupingFields().isEmpty() ? edge.grouping()
                : edge.grouping() + "(" + String.join(", ", edge.groupingFields()) + ")");
        edge.count().ifPresent(count -> lines.add(number(count) + (count == 1 ? " tuple" : " tuples")));
        return lines;
    }

    /** A heading for the picture. */
    static String title(TopologyGraph graph) {
        boolean counted = graph.nodes().stream().anyMatch(n -> n.count().isPresent());
        return "Topology " + graph.name() + (counted ? ", with the tuple counts of a run" : "");
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
