package io.github.shellgen.maven;

import io.github.shellgen.diagram.Node;
import io.github.shellgen.diagram.TopologyGraph;
import io.github.shellgen.testing.ComponentStats;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.storm.generated.ComponentAggregateStats;
import org.apache.storm.generated.ComponentPageInfo;
import org.apache.storm.generated.ErrorInfo;
import org.apache.storm.generated.TopologyPageInfo;
import org.apache.storm.generated.TopologySummary;

/**
 * What Nimbus says of a running topology, as {@code shellgen:status} and {@code shellgen:logs} show
 * it: per component, {@link ComponentStats} (the figures {@code shellgen:run}'s table has) and the
 * errors Nimbus keeps (its last ten per component, newest first); the component's command comes
 * from the topology's diagram in the project's jar, when there is one.
 */
record ClusterFigures(TopologySummary topology, Map<String, ComponentStats> components,
        Map<String, List<ErrorInfo>> errors, double sampleRate) {

    static final String ALL_TIME = ":all-time";

    static ClusterFigures read(ClusterConnection cluster, TopologySummary topology, Optional<Path> projectOutput)
            throws Exception {
        String id = topology.get_id();
        TopologyPageInfo page = cluster.call(n -> n.getTopologyPageInfo(id, ALL_TIME, false));
        Map<String, String> runs = runs(projectOutput, topology.get_name());
        Map<String, ComponentStats> components = new LinkedHashMap<>();
        Map<String, List<ErrorInfo>> errors = new LinkedHashMap<>();
        // In the diagram's order (spouts first, bolts as tuples flow), else spouts then bolts by id.
        List<String> order = new ArrayList<>(runs.keySet());
        Comparator<String> byDiagram = Comparator.comparingInt(c -> order.contains(c) ? order.indexOf(c) : order.size());
        Map<String, ComponentAggregateStats> all = new LinkedHashMap<>();
        page.get_id_to_spout_agg_stats().keySet().stream().sorted(byDiagram.thenComparing(c -> c))
                .forEach(c -> all.put(c, page.get_id_to_spout_agg_stats().get(c)));
        page.get_id_to_bolt_agg_stats().keySet().stream().sorted(byDiagram.thenComparing(c -> c))
                .forEach(c -> all.put(c, page.get_id_to_bolt_agg_stats().get(c)));
        for (Map.Entry<String, ComponentAggregateStats> entry : all.entrySet()) {
            String component = entry.getKey();
            boolean bolt = page.get_id_to_bolt_agg_stats().containsKey(component);
            ComponentPageInfo info = cluster.call(n -> n.getComponentPageInfo(id, component, ALL_TIME, false));
            Map<String, Long> byStream = new HashMap<>();
            if (info.is_set_sid_to_output_stats()) {
                info.get_sid_to_output_stats().forEach((stream, stats) ->
                        byStream.put(stream, stats.get_common_stats().get_emitted()));
            }
            var common = entry.getValue().get_common_stats();
            long executed = bolt && entry.getValue().is_set_specific_stats()
                    ? entry.getValue().get_specific_stats().get_bolt().get_executed() : 0;
            components.put(component, new ComponentStats(component, bolt ? "bolt" : "spout",
                    runs.getOrDefault(component, "-"), byStream, executed, common.get_acked(), common.get_failed()));
            List<ErrorInfo> reported = new ArrayList<>(info.is_set_errors() ? info.get_errors() : List.of());
            reported.sort((a, b) -> Integer.compare(b.get_error_time_secs(), a.get_error_time_secs()));
            errors.put(component, reported);
        }
        Object rate = TopologyConf.of(cluster, id).get("topology.stats.sample.rate");
        return new ClusterFigures(topology, components, errors, rate instanceof Number n ? n.doubleValue() : 0.05);
    }

    /** Component id to what it runs, in the diagram's order, from the topology's diagram in the project's jar or classes. */
    private static Map<String, String> runs(Optional<Path> output, String name) {
        Map<String, String> runs = new LinkedHashMap<>();
        if (output.isEmpty()) {
            return runs;
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {output.get().toUri().toURL()}, null)) {
            try (var in = loader.getResourceAsStream(TopologyGraph.resource(name))) {
                if (in != null) {
                    for (Node node : TopologyGraph.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).nodes()) {
                        runs.put(node.id(), node.runs());
                    }
                }
            }
        } catch (IOException e) {
            // No commands in the table; the figures are what matter.
        }
        return runs;
    }

    /** Whether Nimbus' figures count every tuple, or a sample of them scaled up. */
    boolean exact() {
        return sampleRate >= 1.0;
    }
}
