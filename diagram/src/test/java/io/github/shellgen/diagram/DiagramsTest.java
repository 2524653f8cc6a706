package io.github.shellgen.diagram;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramsTest {

    @Test
    void theSvgIsWellFormedAndShowsEveryComponentAndSubscriptionWithItsLabels() throws Exception {
        Document svg = parse(Diagrams.files(SampleGraphs.wordCount()).get("wordcount.svg"));

        assertThat(groups(svg, "component").keySet()).containsExactly("sentences", "splitter", "counter").inOrder();
        assertThat(groups(svg, "component").get("sentences"))
                .containsExactly("sentences", "spout \u00b7 parallelism 1", "python3 shellgen/run.py sentences.py")
                .inOrder();
        assertThat(groups(svg, "component").get("counter"))
                .containsExactly("counter", "bolt \u00b7 parallelism 2 \u00b7 4 tasks", "python3 shellgen/run.py counter.py")
                .inOrder();
        assertThat(groups(svg, "subscription")).containsExactly(
                "sentences/default->splitter", List.of("default [sentence]", "shuffle"),
                "splitter/default->counter", List.of("default [word]", "fields(word)"));
    }

    @Test
    void everyArrowStartsAtItsSourceBoxAndEndsAtItsTargetBox() throws Exception {
        Document svg = parse(Diagrams.files(SampleGraphs.wordCount()).get("wordcount.svg"));
        Map<String, double[]> boxes = new java.util.HashMap<>();
        for (Element group : elements(svg, "g")) {
            if (group.getAttribute("class").startsWith("component")) {
                Element rect = (Element) group.getElementsByTagName("rect").item(0);
                boxes.put(group.getAttribute("data-id"), new double[] {d(rect, "x"), d(rect, "y"),
                        d(rect, "x") + d(rect, "width"), d(rect, "y") + d(rect, "height")});
            }
        }
        int arrows = 0;
        for (Element group : elements(svg, "g")) {
            if (group.getAttribute("class").equals("subscription")) {
                String[] points = ((Element) group.getElementsByTagName("path").item(0)).getAttribute("d")
                        .replace("M", "").split(" L");
                assertThat(onEdgeOf(boxes.get(group.getAttribute("data-from")), points[0])).isTrue();
                assertThat(onEdgeOf(boxes.get(group.getAttribute("data-to")), points[points.length - 1])).isTrue();
                arrows++;
            }
        }
        assertThat(arrows).isEqualTo(2);
    }

    @Test
    void theSameGraphGivesTheSameBytes() {
        assertThat(Diagrams.files(SampleGraphs.awkward())).isEqualTo(Diagrams.files(SampleGraphs.awkward()));
        assertThat(Diagrams.files(SampleGraphs.wordCount()).keySet()).containsExactly("wordcount.svg", "wordcount.md");
    }

    @Test
    void aRunsCountsAreShownOnComponentsAndArrows() throws Exception {
        TopologyGraph counted = SampleGraphs.wordCount().withCounts(
                Map.of("sentences", 10L, "splitter", 10L, "counter", 1234L),
                Map.of(new Edge.Key("sentences", "default", "splitter"), 10L,
                        new Edge.Key("splitter", "default", "counter"), 1234L));
        Document svg = parse(Diagrams.files(counted).get("wordcount.svg"));

        assertThat(groups(svg, "component").get("sentences")).contains("emitted 10");
        assertThat(groups(svg, "component").get("counter")).contains("executed 1,234");
        assertThat(groups(svg, "subscription").get("splitter/default->counter")).contains("1,234 tuples");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Topology wordcount, with the tuple counts of a run");
        assertThat(Diagrams.mermaid(counted)).contains("|\"default [word]<br/>fields(word)<br/>1,234 tuples\"|");
    }

    @Test
    void theSvgEscapesWhatXmlReads() throws Exception {
        Document svg = parse(Diagrams.files(SampleGraphs.awkward()).get("a<b>&\"c\".svg"));

        assertThat(groups(svg, "component").get("in#1")).contains("node \"spout|x\".js");
        assertThat(groups(svg, "subscription").get("in#1/to\\out->out,2"))
                .containsExactly("to\\out [x] \u00b7 direct stream", "direct").inOrder();
        Element direct = (Element) elements(svg, "path").stream()
                .filter(p -> p.hasAttribute("stroke-dasharray")).findFirst().orElseThrow();
        assertThat(((Element) direct.getParentNode()).getAttribute("data-stream")).isEqualTo("to\\out");
    }

    @Test
    void theMermaidTextEscapesWhatMermaidReadsAsSyntax() {
        String flowchart = Diagrams.mermaid(SampleGraphs.awkward());

        assertThat(flowchart).startsWith("flowchart LR\n");
        assertThat(flowchart).contains("c0([\"<b>in#35;1</b><br/>spout \u00b7 parallelism 1<br/>"
                + "node #quot;spout#124;x#quot;.js\"])");
        assertThat(flowchart).contains("c1[\"<b>out,2</b><br/>bolt \u00b7 parallelism 3 \u00b7 6 tasks<br/>");
        assertThat(flowchart).contains("c0 -->|\"default [a,b, c]<br/>fields(a,b)\"| c1");
        assertThat(flowchart).contains("c0 -.->|\"to\\out [x] \u00b7 direct stream<br/>direct\"| c1");
        assertThat(flowchart).contains("class c0 spout\n");
        assertThat(flowchart).contains("class c1 bolt\n");
    }

    @Test
    void theMarkdownFileHoldsTheFlowchartInAMermaidBlock() {
        String markdown = Diagrams.files(SampleGraphs.wordCount()).get("wordcount.md");

        assertThat(markdown).startsWith("# Topology wordcount\n");
        assertThat(markdown).contains("```mermaid\n" + Diagrams.mermaid(SampleGraphs.wordCount()) + "```\n");
    }

    @Test
    void aBoltsWindowIsShownUnderItsParallelism() throws Exception {
        Document svg = parse(SvgDiagram.render(SampleGraphs.awkward()));

        assertThat(groups(svg, "component").get("out,2")).containsExactly("out,2",
                "bolt \u00b7 parallelism 3 \u00b7 6 tasks", "window 10s every 2s, event time \"t,s\", late -> \"late\"",
                "com.example.Tab\tBolt").inOrder();
    }

    @Test
    void theGraphTextReadsBackWhatWasWrittenWhateverTheNames() {
        TopologyGraph graph = SampleGraphs.awkward();

        assertThat(TopologyGraph.parse(graph.toText())).isEqualTo(graph);
        assertThat(TopologyGraph.parse(SampleGraphs.wordCount().toText())).isEqualTo(SampleGraphs.wordCount());
    }

    @Test
    void aGraphMustNameOnlyItsOwnComponents() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TopologyGraph("t",
                List.of(new Node("a", Node.Kind.SPOUT, "x", 1, 0)),
                List.of(new Edge("a", "default", List.of("f"), false, "b", "shuffle", List.of()))));
        assertThat(e).hasMessageThat().contains("Key[from=a, stream=default, to=b]");
        assertThrows(IllegalArgumentException.class, () -> TopologyGraph.parse("something else\n"));
    }

    /** Per component id, or per "from/stream->to", the text lines of each group of that class. */
    private static Map<String, List<String>> groups(Document svg, String kind) {
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (Element group : elements(svg, "g")) {
            if (!group.getAttribute("class").split(" ")[0].equals(kind)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (Element span : elements(group, "tspan")) {
                lines.add(span.getTextContent());
            }
            found.put(kind.equals("component") ? group.getAttribute("data-id")
                    : group.getAttribute("data-from") + "/" + group.getAttribute("data-stream") + "->"
                            + group.getAttribute("data-to"), lines);
        }
        return found;
    }

    private static boolean onEdgeOf(double[] box, String point) {
        String[] xy = point.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        double slack = 0.11;
        boolean insideX = x >= box[0] - slack && x <= box[2] + slack;
        boolean insideY = y >= box[1] - slack && y <= box[3] + slack;
        boolean onSide = Math.abs(x - box[0]) <= slack || Math.abs(x - box[2]) <= slack
                || Math.abs(y - box[1]) <= slack || Math.abs(y - box[3]) <= slack;
        return insideX && insideY && onSide;
    }

    private static double d(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        return elements(document.getDocumentElement(), tag);
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }
}
