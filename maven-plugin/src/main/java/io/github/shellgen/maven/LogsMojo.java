package io.github.shellgen.maven;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.storm.generated.ErrorInfo;
import org.apache.storm.generated.ExecutorSummary;
import org.apache.storm.generated.TopologySummary;

/**
 * A running topology's reported errors, whole (storm-shellgen's one report per failure names the
 * component, the script and the process, and carries the tail of its standard error), newest first,
 * per component or for one ({@code -Dshellgen.component=ID}); then, where the cluster runs Storm's
 * logviewer, the last lines of each worker's log, fetched through the logviewer's HTTP API
 * ({@code /api/v1/download?file=<topology id>/<port>/worker.log}, on each worker's host at
 * {@code logviewer.port} of the client configuration).
 */
@Mojo(name = "logs", requiresProject = false, threadSafe = true)
public final class LogsMojo extends ClusterMojo {

    /** One component's errors only, by its id. */
    @Parameter(property = "shellgen.component")
    String component;

    /** How many of the last lines of each worker log to print; 0: none (no logviewer asked). */
    @Parameter(property = "shellgen.lines", defaultValue = "40")
    int lines;

    @Override
    void run(ClusterConnection cluster) throws Exception {
        TopologySummary topology = cluster.require(topologyName());
        ClusterFigures figures = ClusterFigures.read(cluster, topology, projectOutput());
        if (component != null && !figures.errors().containsKey(component)) {
            throw new MojoFailureException("Topology \"" + topology.get_name() + "\" has no component \"" + component
                    + "\"; its components are: " + String.join(", ", figures.errors().keySet()) + ".");
        }
        for (Map.Entry<String, List<ErrorInfo>> entry : figures.errors().entrySet()) {
            if (component != null && !component.equals(entry.getKey())) {
                continue;
            }
            List<ErrorInfo> errors = entry.getValue();
            getLog().info("== " + entry.getKey() + ": " + (errors.isEmpty() ? "no errors reported"
                    : errors.size() + " error(s) reported, newest first (Nimbus keeps the last 10)"));
            for (ErrorInfo error : errors) {
                getLog().info("-- " + Instant.ofEpochSecond(error.get_error_time_secs()) + ", worker " + error.get_host()
                        + ":" + error.get_port());
                error.get_error().strip().lines().forEach(line -> getLog().info("   " + line));
            }
        }
        if (lines > 0) {
            workerLogs(cluster, topology);
        }
    }

    /** The last lines of each worker's log, from the logviewer on its host. Not tested here: see docs/running-and-deploying.md. */
    private void workerLogs(ClusterConnection cluster, TopologySummary topology) throws Exception {
        List<ExecutorSummary> executors = cluster.call(n -> n.getTopologyInfo(topology.get_id())).get_executors();
        TreeSet<String> workers = new TreeSet<>();
        executors.stream().filter(e -> component == null || component.equals(e.get_component_id()))
                .forEach(e -> workers.add(e.get_host() + ":" + e.get_port()));
        Object port = cluster.conf().get("logviewer.port");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String worker : workers) {
            String host = worker.substring(0, worker.lastIndexOf(':'));
            String slot = worker.substring(worker.lastIndexOf(':') + 1);
            String file = URLEncoder.encode(topology.get_id() + "/" + slot + "/worker.log", StandardCharsets.UTF_8);
            URI uri = URI.create("http://" + host + ":" + port + "/api/v1/download?file=" + file);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    getLog().warn("The logviewer at " + uri + " answered " + response.statusCode() + " for the worker log of "
                            + worker + ".");
                    continue;
                }
                List<String> all = response.body().lines().toList();
                getLog().info("== worker " + worker + ", the last " + Math.min(lines, all.size()) + " lines of its log ("
                        + uri.toString().replace("/download?", "/log?") + "):");
                all.subList(Math.max(0, all.size() - lines), all.size()).forEach(line -> getLog().info("   " + line));
            } catch (IOException e) {
                getLog().info("== worker " + worker + ": no logviewer answered at " + uri.getHost() + ":" + port + " ("
                        + ClusterConnection.rootMessage(e) + "). Its log is workers-artifacts/" + topology.get_id() + "/"
                        + slot + "/worker.log in storm.log.dir on " + host
                        + " (logviewer.port in the storm.yaml tells this goal where the logviewer listens).");
            }
        }
    }
}
