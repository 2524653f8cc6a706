package io.github.shellgen.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line format of {@link TopologyGraph#toText()}: a {@code topology} line, then one line per
 * component and per subscription, cells separated by tabs, list items by commas; a backslash
 * escapes a tab, a newline, a comma or itself inside a cell.
 */
final class GraphText {

    private static final String VERSION = "shellgen-graph 3";

    private GraphText() {}

    static String write(TopologyGraph graph) {
        StringBuilder out = new StringBuilder(VERSION).append('\n');
        line(out, "topology", graph.name());
        for (Node node : graph.nodes()) {
            line(out, node.kind().label(), node.id(), node.runs(), String.valueOf(node.parallelism()),
                    String.valueOf(node.tasks()), String.valueOf(node.maxPending()),
                    node.pendingByDefault() ? "default" : "", node.window());
        }
        for (Edge edge : graph.edges()) {
            line(out, "edge", edge.from(), edge.stream(), list(edge.streamFields()),
                    edge.direct() ? "direct" : "", edge.to(), edge.grouping(), list(edge.groupingFields()));
        }
        return out.toString();
    }

    static TopologyGraph read(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(VERSION)) {
            throw new IllegalArgumentException("Not a topology graph of this version (first line \"" + VERSION
                    + "\" expected)");
        }
        String name = null;
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line, '\t');
            switch (cells.get(0)) {
                case "topology" -> name = cells.get(1);
                case "edge" -> edges.add(new Edge(cells.get(1), cells.get(2), items(cells.get(3)),
                        cells.get(4).equals("direct"), cells.get(5), cells.get(6), items(cells.get(7))));
                default -> nodes.add(new Node(cells.get(1), Node.Kind.byLabel(cells.get(0)), cells.get(2),
                        Integer.parseInt(cells.get(3)), Integer.parseInt(cells.get(4)), Integer.parseInt(cells.get(5)),
                        cells.get(6).equals("default"), cells.get(7)));
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("A topology graph without its topology line");
        }
        return new TopologyGraph(name, nodes, edges);
    }

    private static void line(StringBuilder out, String... cells) {
        out.append(String.join("\t", Arrays.stream(cells).map(GraphText::escape).toList())).append('\n');
    }

    private static String list(List<String> items) {
        // Items are escaped once here and once more as a cell, so a comma inside an item survives both.
        return String.join(",", items.stream().map(GraphText::escape).toList());
    }

    private static List<String> items(String cell) {
        return cell.isEmpty() ? List.of() : split(cell, ',');
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case ',' -> out.append("\\,");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits on unescaped {@code separator} and unescapes each part. */
    private static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                part.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
