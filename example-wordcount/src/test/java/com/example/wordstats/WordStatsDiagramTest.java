package com.example.wordstats;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram the build wrote for {@link WordStats} ({@code target/classes/wordstats.svg} and
 * {@code wordstats.md}): every component and subscription, with the labels its annotations give,
 * and a layout in which nothing covers anything else.
 */
class WordStatsDiagramTest {

    private static final Map<String, List<String>> COMPONENTS = Map.of(
            // The spout's own limit (maxPending), and the topology's (maxSpoutPending) for the Java spout.
            "sentences", List.of("sentences", "spout \u00b7 parallelism 1", "max pending 50",
                    "python3 shellgen/run.py linespout.py"),
            "titles", List.of("titles", "spout \u00b7 parallelism 1", "max pending 200", "Java class TitleSpout"),
            "splitter", List.of("splitter", "bolt \u00b7 parallelism 2", "node splitbolt.js"),
            "partialCounter", List.of("partialCounter", "bolt \u00b7 parallelism 3",
                    "python3 shellgen/run.py partialcount.py"),
            "router", List.of("router", "bolt \u00b7 parallelism 1", "python3 shellgen/run.py router.py"),
            "report", List.of("report", "bolt \u00b7 parallelism 2", "Java class ReportBolt"));

    private static final Map<String, List<String>> SUBSCRIPTIONS = Map.of(
            "sentences/default -> splitter", List.of("default [sentence]", "shuffle"),
            "titles/default -> splitter", List.of("default [sentence]", "shuffle"),
            "splitter/default -> partialCounter", List.of("default [word]", "partial key(word)"),
            "splitter/long -> router", List.of("long [word, length]", "shuffle"),
            "router/routed -> report", List.of("routed [word, task, cwd] \u00b7 direct stream", "direct"),
            "partialCounter/default -> report", List.of("default [word, count, counterTask]",
                    "custom FirstLetterGrouping"));

    @Test
    void theSvgShowsEveryComponentAndSubscriptionWithItsLabels() throws Exception {
        Document svg = svg();

        assertThat(texts(svg, "component")).containsExactlyEntriesIn(COMPONENTS);
        assertThat(texts(svg, "subscription")).containsExactlyEntriesIn(SUBSCRIPTIONS);
        List<String> dashed = new ArrayList<>();
        for (Element group : groups(svg, "subscription")) {
            if (((Element) group.getElementsByTagName("path").item(0)).hasAttribute("stroke-dasharray")) {
                dashed.add(key(group));
            }
        }
        assertThat(dashed).containsExactly("router/routed -> report");
        List<Element> spouts = groups(svg, "component spout");
        assertThat(spouts.stream().map(g -> g.getAttribute("data-id")).toList()).containsExactly("sentences", "titles");
    }

    @Test
    void noBoxOrLabelCoversAnotherAndAllAreInsideThePicture() throws Exception {
        Document svg = svg();
        String[] viewBox = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        Map<String, double[]> boxes = new LinkedHashMap<>();
        for (Element group : groups(svg, "component")) {
            boxes.put(group.getAttribute("data-id"), box(group));
        }
        for (Element group : groups(svg, "subscription")) {
            boxes.put("label of " + key(group), box(group));
        }
        // Everything is drawn inside a group translated by the margin and the title.
        String[] translate = ((Element) svg.getElementsByTagName("g").item(0)).getAttribute("transform")
                .replaceAll("[^0-9.,]", "").split(",");
        double dx = Double.parseDouble(translate[0]);
        double dy = Double.parseDouble(translate[1]);

        assertThat(boxes).hasSize(COMPONENTS.size() + SUBSCRIPTIONS.size());
        List<String> problems = new ArrayList<>();
        boxes.forEach((name, b) -> {
            if (b[0] + dx < 0 || b[1] + dy < 0 || b[0] + b[2] + dx > width || b[1] + b[3] + dy > height) {
                problems.add(name + " is outside the picture");
            }
            boxes.forEach((other, o) -> {
                if (name.compareTo(other) < 0 && b[0] < o[0] + o[2] && o[0] < b[0] + b[2] && b[1] < o[1] + o[3]
                        && o[1] < b[1] + b[3]) {
                    problems.add(name + " overlaps " + other);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theMermaidPageHasEveryComponentAndSubscriptionToo() throws IOException {
        String markdown = resource("/wordstats.md");

        assertThat(markdown).contains("```mermaid\nflowchart LR\n");
        COMPONENTS.values().forEach(lines -> assertThat(markdown).contains(
                "<b>" + lines.get(0) + "</b><br/>" + lines.get(1) + "<br/>" + lines.get(2)));
        SUBSCRIPTIONS.values().forEach(lines -> assertThat(markdown).contains(
                "|\"" + lines.get(0) + "<br/>" + lines.get(1) + "\"|"));
        assertThat(markdown.lines().filter(l -> l.contains("-->|") || l.contains("-.->|")).count())
                .isEqualTo(SUBSCRIPTIONS.size());
        assertThat(markdown.lines().filter(l -> l.contains("-.->|")).toList()).hasSize(1);
    }

    /** Per component id, or per "from/stream -> to", the lines of text of its group. */
    private static Map<String, List<String>> texts(Document svg, String kind) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Element group : groups(svg, kind)) {
            List<String> lines = new ArrayList<>();
            NodeList spans = group.getElementsByTagName("tspan");
            for (int i = 0; i < spans.getLength(); i++) {
                lines.add(spans.item(i).getTextContent());
            }
            found.put(kind.equals("component") ? group.getAttribute("data-id") : key(group), lines);
        }
        return found;
    }

    private static String key(Element subscription) {
        return subscription.getAttribute("data-from") + "/" + subscription.getAttribute("data-stream") + " -> "
                + subscription.getAttribute("data-to");
    }

    /** The groups whose class starts with {@code kind}. */
    private static List<Element> groups(Document svg, String kind) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element group = (Element) all.item(i);
            if (group.getAttribute("class").startsWith(kind)) {
                found.add(group);
            }
        }
        return found;
    }

    /** x, y, width, height of a group's box (a component's frame, or a label's background). */
    private static double[] box(Element group) {
        Element rect = (Element) group.getElementsByTagName("rect").item(0);
        return new double[] {Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))};
    }

    private static Document svg() throws Exception {
        try (InputStream in = WordStatsDiagramTest.class.getResourceAsStream("/wordstats.svg")) {
            assertThat(in).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WordStatsDiagramTest.class.getResourceAsStream(name)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
