package io.github.shellgen.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files that show a topology: {@code <name>.svg}, a picture any browser opens, and
 * {@code <name>.md}, the same as Mermaid in Markdown. The build writes them beside the topology's
 * Flux file; {@code shellgen:run} writes them again with the run's counts.
 */
public final class Diagrams {

    private Diagrams() {}

    /** File name to content, for {@code graph}; the same graph always gives the same bytes. */
    public static Map<String, String> files(TopologyGraph graph) {
        return files(graph, SvgDiagram.render(graph));
    }

    /**
     * As {@link #files}, with {@code svg} for the picture instead of laying it out again: the same
     * graph's picture from before, which the same renderer would draw byte for byte.
     */
    public static Map<String, String> files(TopologyGraph graph, String svg) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(svgFile(graph.name()), svg);
        files.put(markdownFile(graph.name()), MermaidDiagram.markdown(graph));
        return files;
    }

    /** The Mermaid {@code flowchart} of {@code graph}, for a {@code mermaid} block in Markdown. */
    public static String mermaid(TopologyGraph graph) {
        return MermaidDiagram.flowchart(graph);
    }

    public static String svgFile(String topology) {
        return topology + ".svg";
    }

    public static String markdownFile(String topology) {
        return topology + ".md";
    }
}
