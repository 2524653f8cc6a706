package io.github.shellgen.diagram;

import java.util.List;
import java.util.Locale;

/**
 * The picture as a standalone SVG file: opens in any browser, with nothing to install. Spouts are
 * green, bolts blue; a direct stream's arrow is dashed. Each component and arrow is a group with
 * {@code data-} attributes naming it, so tools and tests can find them.
 */
final class SvgDiagram {

    private static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, Liberation Mono, monospace";
    private static final double MARGIN = 8;

    private SvgDiagram() {}

    static String render(TopologyGraph graph) {
        Layout.Placed placed = Layout.place(graph);
        double titleHeight = Layout.LINE_HEIGHT + 8;
        double width = Math.max(placed.width(), Layout.textWidth(List.of(Labels.title(graph)))) + 2 * MARGIN;
        double height = placed.height() + titleHeight + 2 * MARGIN;
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\""
                + " viewBox=\"0 0 %s %s\" font-family=\"%s\" font-size=\"%s\">\n",
                n(width), n(height), n(width), n(height), FONT, n(Layout.FONT_SIZE)));
        out.append("<title>").append(xml(Labels.title(graph))).append("</title>\n");
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-weight=\"bold\">%s</text>\n",
                n(MARGIN), n(MARGIN + Layout.FONT_SIZE), xml(Labels.title(graph))));
        out.append(String.format(Locale.ROOT, "<g transform=\"translate(%s,%s)\">\n", n(MARGIN), n(MARGIN + titleHeight)));
        for (int i = 0; i < graph.edges().size(); i++) {
            edge(out, graph.edges().get(i), placed.edges().get(i));
        }
        for (int i = 0; i < graph.nodes().size(); i++) {
            node(out, graph.nodes().get(i), placed.nodes().get(i));
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private static void node(StringBuilder out, Node node, Layout.Box box) {
        boolean spout = node.kind() == Node.Kind.SPOUT;
        out.append(String.format(Locale.ROOT, "<g class=\"component %s\" data-id=\"%s\">\n", node.kind().label(),
                xml(node.id())));
        out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" fill=\"%s\""
                + " stroke=\"%s\" stroke-width=\"1.5\"/>\n", n(box.x()), n(box.y()), n(box.width()), n(box.height()),
                spout ? "14" : "4", spout ? "#e6f4ea" : "#e8f0fe", spout ? "#2e7d32" : "#1a56c4"));
        text(out, Labels.node(node), box.x() + Layout.NODE_PADDING_X, box.y() + Layout.NODE_PADDING_Y, true);
        out.append("</g>\n");
    }

    private static void edge(StringBuilder out, Edge edge, Layout.Route route) {
        out.append(String.format(Locale.ROOT, "<g class=\"subscription\" data-from=\"%s\" data-stream=\"%s\""
                + " data-to=\"%s\">\n", xml(edge.from()), xml(edge.stream()), xml(edge.to())));
        StringBuilder path = new StringBuilder();
        for (double[] point : route.points()) {
            path.append(path.length() == 0 ? "M" : " L").append(n(point[0])).append(',').append(n(point[1]));
        }
        out.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.3\"")
                .append(edge.direct() ? " stroke-dasharray=\"6 4\"" : "").append(" marker-end=\"url(#arrow)\"/>\n");
        Layout.Box label = route.label();
        out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#fff\""
                + " fill-opacity=\"0.9\"/>\n", n(label.x()), n(label.y()), n(label.width()), n(label.height())));
        text(out, Labels.edge(edge), label.x() + Layout.LABEL_PADDING, label.y() + Layout.LABEL_PADDING, false);
        out.append("</g>\n");
    }

    /** Lines from the top-left corner {@code (x, y)}; the first bold if {@code boldFirst}. */
    private static void text(StringBuilder out, List<String> lines, double x, double y, boolean boldFirst) {
        out.append("<text fill=\"#222\">");
        for (int i = 0; i < lines.size(); i++) {
            // The baseline sits about 0.8 em below the top of the line.
            double baseline = y + i * Layout.LINE_HEIGHT + (Layout.LINE_HEIGHT + Layout.FONT_SIZE * 0.6) / 2;
            out.append(String.format(Locale.ROOT, "<tspan x=\"%s\" y=\"%s\"%s>%s</tspan>", n(x), n(baseline),
                    i == 0 && boldFirst ? " font-weight=\"bold\"" : "", xml(lines.get(i))));
        }
        out.append("</text>\n");
    }

    /** A coordinate with at most one decimal, the same on every machine. */
    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
