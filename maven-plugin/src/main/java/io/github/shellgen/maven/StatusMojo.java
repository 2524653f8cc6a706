package io.github.shellgen.maven;

import io.github.shellgen.testing.ComponentStats;
import io.github.shellgen.testing.ReportedError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.storm.generated.ErrorInfo;
import org.apache.storm.generated.TopologySummary;

/**
 * A running topology's figures from Nimbus, in the table {@code shellgen:run} prints (emitted,
 * executed, acked, failed per component, and what each runs), then the errors its components
 * reported, newest first, one line each ({@code shellgen:logs} prints them whole).
 */
@Mojo(name = "status", requiresProject = false, threadSafe = true)
public final class StatusMojo extends ClusterMojo {

    @Override
    void run(ClusterConnection cluster) throws Exception {
        TopologySummary topology = cluster.require(topologyName());
        ClusterFigures figures = ClusterFigures.read(cluster, topology, projectOutput());
        getLog().info("Topology \"" + topology.get_name() + "\" (" + topology.get_id() + ") on Nimbus " + cluster.nimbus()
                + ": " + topology.get_status() + ", up " + duration(topology.get_uptime_secs()) + ", "
                + topology.get_num_workers() + " worker(s), " + topology.get_num_executors() + " executors"
                + (topology.is_set_sched_status() && !topology.get_sched_status().isBlank()
                        ? "; scheduler: " + topology.get_sched_status() : ""));
        ComponentStats.table(figures.components().values()).lines().forEach(getLog()::info);
        getLog().info(figures.exact() ? "Every tuple counted (topology.stats.sample.rate 1.0), as of the workers' last"
                + " report to Nimbus." : "Figures are estimates: Nimbus counts 1 tuple in "
                + Math.round(1 / Math.max(figures.sampleRate(), 1e-9)) + " (topology.stats.sample.rate "
                + figures.sampleRate() + "); submit with -Dshellgen.conf=topology.stats.sample.rate=1.0 for exact ones.");
        int count = figures.errors().values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            getLog().info("Errors reported: none");
            return;
        }
        getLog().info("Errors reported (Nimbus keeps the last 10 per component): " + count);
        for (Map.Entry<String, List<ErrorInfo>> entry : figures.errors().entrySet()) {
            for (ErrorInfo error : entry.getValue()) {
                getLog().info("  " + entry.getKey() + " (" + error.get_host() + ":" + error.get_port() + ", "
                        + Instant.ofEpochSecond(error.get_error_time_secs()) + "): " + ReportedError.summary(error.get_error()));
            }
        }
        getLog().info("Whole reports: mvn shellgen:logs -Dshellgen.topology=" + topology.get_name()
                + " [-Dshellgen.component=<id>]");
    }
}
