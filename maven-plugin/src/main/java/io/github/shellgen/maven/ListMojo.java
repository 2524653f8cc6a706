package io.github.shellgen.maven;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.storm.generated.Nimbus;
import org.apache.storm.generated.TopologySummary;

/**
 * Lists the topologies running on the cluster, as {@code storm list} does: name, id, status, uptime,
 * workers, executors, tasks, and what the scheduler said of it.
 */
@Mojo(name = "list", requiresProject = false, threadSafe = true)
public final class ListMojo extends ClusterMojo {

    @Override
    void run(ClusterConnection cluster) throws Exception {
        List<TopologySummary> topologies = cluster.call(Nimbus.Iface::getClusterInfo).get_topologies().stream()
                .sorted(Comparator.comparing(TopologySummary::get_name)).toList();
        getLog().info("Nimbus " + cluster.nimbus() + ": " + (topologies.isEmpty() ? "no topology runs."
                : topologies.size() + (topologies.size() == 1 ? " topology" : " topologies")));
        if (topologies.isEmpty()) {
            return;
        }
        int nameWidth = Math.max(8, topologies.stream().mapToInt(t -> t.get_name().length()).max().orElse(0));
        int idWidth = Math.max(2, topologies.stream().mapToInt(t -> t.get_id().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-" + idWidth + "s  %-11s  %8s  %7s  %9s  %5s  %s";
        getLog().info(String.format(Locale.ROOT, row, "topology", "id", "status", "uptime", "workers", "executors",
                "tasks", "scheduler"));
        for (TopologySummary t : topologies) {
            getLog().info(String.format(Locale.ROOT, row, t.get_name(), t.get_id(), t.get_status(),
                    duration(t.get_uptime_secs()), t.get_num_workers(), t.get_num_executors(), t.get_num_tasks(),
                    t.is_set_sched_status() ? t.get_sched_status() : ""));
        }
    }
}
