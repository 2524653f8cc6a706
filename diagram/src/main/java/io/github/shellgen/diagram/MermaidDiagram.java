package io.github.shellgen.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The picture as Mermaid in a Markdown file: GitHub, GitLab and IDE Markdown previews draw it, and
 * it reads as text in a diff. Mermaid lays it out itself, so it may place things differently from
 * the SVG; what it shows is the same.
 */
final class MermaidDiagram {

    private MermaidDiagram() {}

    /** The {@code flowchart} alone, for a Markdown {@code mermaid} block. */
    static String flowchart(TopologyGraph graph) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        List<String> spouts = new ArrayList<>();
        List<String> bolts = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            Node node = graph.nodes().get(i);
            String label = label(Labels.node(node), true);
            boolean spout = node.kind() == Node.Kind.SPOUT;
            out.append("    ").append(id(i)).append(spout ? "([" : "[").append(label).append(spout ? "])" : "]")
                    .append('\n');
            (spout ? spouts : bolts).add(id(i));
        }
        List<String> ids = graph.nodes().stream().map(Node::id).toList();
        for (Edge edge : graph.edges()) {
            out.append("    ").append(id(ids.indexOf(edge.from()))).append(edge.direct() ? " -.->|" : " -->|")
                    .append(label(Labels.edge(edge), false)).append("| ").append(id(ids.indexOf(edge.to())))
                    .append('\n');
        }
        out.append("    classDef spout fill:#e6f4ea,stroke:#2e7d32,color:#222\n");
        out.append("    classDef bolt fill:#e8f0fe,stroke:#1a56c4,color:#222\n");
        if (!spouts.isEmpty()) {
            out.append("    class ").append(String.join(",", spouts)).append(" spout\n");
        }
        if (!bolts.isEmpty()) {
            out.append("    class ").append(String.join(",", bolts)).append(" bolt\n");
        }
        return out.toString();
    }

    /** A Markdown page holding the flowchart under a heading. */
    static String markdown(TopologyGraph graph) {
        return "# " + Labels.title(graph) + "\n\n"
                + "Spouts are rounded, bolts square; a dotted arrow is a direct stream. Drawn by storm-shellgen.\n\n"
                + "```mermaid\n" + flowchart(graph) + "```\n";
    }

    private static String id(int index) {
        return "c" + index;
    }

    /** Quoted label lines: Mermaid's entity codes for what it would read as syntax. */
    private static String label(List<String> lines, boolean boldFirst) {
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = escape(lines.get(i));
            escaped.add(i == 0 && boldFirst ? "<b>" + line + "</b>" : line);
        }
        return "\"" + String.join("<br/>", escaped) + "\"";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '|' -> out.append("#124;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
