package io.github.shellgen.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the boxes and routes the arrows with ELK's layered algorithm, left to right in the
 * direction tuples flow. Text is measured as monospace, so sizes need no font and the result is
 * the same on every machine.
 */
final class Layout {

    static final double FONT_SIZE = 12;
    /** Monospace glyphs are 0.6 em wide. */
    static final double CHAR_WIDTH = FONT_SIZE * 0.6;
    static final double LINE_HEIGHT = 16;
    static final double NODE_PADDING_X = 12;
    static final double NODE_PADDING_Y = 8;
    static final double LABEL_PADDING = 3;

    /** A laid-out box. */
    record Box(double x, double y, double width, double height) {}

    /** A laid-out arrow: its points from source to target, and its label's box. */
    record Route(List<double[]> points, Box label) {}

    /** The picture's size and where everything went, in the graph's order. */
    record Placed(double width, double height, List<Box> nodes, List<Route> edges) {}

    private Layout() {}

    static Placed place(TopologyGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                OrderingStrategy.NODES_AND_EDGES);

        List<ElkNode> nodes = new ArrayList<>();
        Map<String, ElkNode> byId = new HashMap<>();
        for (Node node : graph.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(node.id());
            List<String> lines = Labels.node(node);
            box.setDimensions(textWidth(lines) + 2 * NODE_PADDING_X, lines.size() * LINE_HEIGHT + 2 * NODE_PADDING_Y);
            nodes.add(box);
            byId.put(node.id(), box);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<ElkLabel> labels = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            ElkEdge arrow = ElkGraphUtil.createSimpleEdge(byId.get(edge.from()), byId.get(edge.to()));
            List<String> lines = Labels.edge(edge);
            ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", lines), arrow);
            label.setDimensions(textWidth(lines) + 2 * LABEL_PADDING, lines.size() * LINE_HEIGHT + 2 * LABEL_PADDING);
            edges.add(arrow);
            labels.add(label);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> boxes = nodes.stream().map(n -> new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())).toList();
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection section : edges.get(i).getSections()) {
                points.add(new double[] {section.getStartX(), section.getStartY()});
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new double[] {bend.getX(), bend.getY()});
                }
                points.add(new double[] {section.getEndX(), section.getEndY()});
            }
            ElkLabel label = labels.get(i);
            routes.add(new Route(points, new Box(label.getX(), label.getY(), label.getWidth(), label.getHeight())));
        }
        return new Placed(root.getWidth(), root.getHeight(), boxes, routes);
    }

    static double textWidth(List<String> lines) {
        return lines.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0) * CHAR_WIDTH;
    }
}
