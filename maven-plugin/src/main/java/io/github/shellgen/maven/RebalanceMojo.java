package io.github.shellgen.maven;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.storm.generated.ExecutorInfo;
import org.apache.storm.generated.ExecutorSummary;
import org.apache.storm.generated.RebalanceOptions;
import org.apache.storm.generated.TopologyInfo;
import org.apache.storm.generated.TopologySummary;

/**
 * Rebalances a running topology, as {@code storm rebalance} does: a number of workers
 * ({@code -Dshellgen.workers=N}) and executors per component ({@code -Dshellgen.parallelism=counter=4,splitter=2}).
 * A component cannot have more executors than tasks, which are fixed at submission (the
 * annotation's {@code tasks}); the goal says so before asking Nimbus. It returns once the topology is
 * active again with the executors asked for, each of them running.
 */
@Mojo(name = "rebalance", requiresProject = false, threadSafe = true)
public final class RebalanceMojo extends ClusterMojo {

    /** The number of workers. */
    @Parameter(property = "shellgen.workers")
    Integer workers;

    /** Executors per component: {@code id=N,id=N}. */
    @Parameter(property = "shellgen.parallelism")
    String parallelism;

    /** Seconds Nimbus waits, with the spouts deactivated, before it moves executors; default: the message timeout. */
    @Parameter(property = "shellgen.wait")
    Integer waitSecs;

    /** Seconds to wait, after the wait above, for the topology to run again as asked before the goal fails. */
    @Parameter(property = "shellgen.startLimit", defaultValue = "180")
    int startLimit;

    @Override
    void run(ClusterConnection cluster) throws Exception {
        String name = topologyName();
        TopologySummary topology = cluster.require(name);
        Map<String, Integer> executors = parseParallelism();
        if (workers == null && executors.isEmpty()) {
            throw new MojoFailureException("Nothing to rebalance: give -Dshellgen.workers=N and/or"
                    + " -Dshellgen.parallelism=<component>=<executors>,...");
        }
        if (workers != null && workers < 1) {
            throw new MojoFailureException("shellgen.workers is " + workers + ": 1 or more");
        }
        TopologyInfo info = cluster.call(n -> n.getTopologyInfo(topology.get_id()));
        Map<String, Integer> tasks = new HashMap<>();
        for (ExecutorSummary executor : info.get_executors()) {
            ExecutorInfo e = executor.get_executor_info();
            tasks.merge(executor.get_component_id(), e.get_task_end() - e.get_task_start() + 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> entry : executors.entrySet()) {
            Integer max = tasks.get(entry.getKey());
            if (max == null || entry.getKey().startsWith("__")) {
                throw new MojoFailureException("Topology \"" + name + "\" has no component \"" + entry.getKey()
                        + "\"; its components are: " + String.join(", ", tasks.keySet().stream()
                                .filter(c -> !c.startsWith("__")).sorted().toList()) + ".");
            }
            if (entry.getValue() < 1 || entry.getValue() > max) {
                throw new MojoFailureException("Component \"" + entry.getKey() + "\" of \"" + name + "\" can have 1 to "
                        + max + " executors (it has " + max + " tasks, fixed at submission), not " + entry.getValue()
                        + ". For more, give it more tasks (tasks = N on its annotation) and submit it again.");
            }
        }
        int wait = waitSecs != null ? waitSecs : KillMojo.messageTimeout(cluster, topology.get_id());
        RebalanceOptions options = new RebalanceOptions();
        options.set_wait_secs(wait);
        if (workers != null) {
            options.set_num_workers(workers);
        }
        if (!executors.isEmpty()) {
            options.set_num_executors(executors);
        }
        cluster.call(n -> {
            n.rebalance(name, options);
            return null;
        });
        getLog().info("Rebalancing topology \"" + name + "\" on Nimbus " + cluster.nimbus() + (workers == null ? ""
                : " to " + workers + " worker(s)") + (executors.isEmpty() ? "" : ", executors " + executors)
                + ", after " + wait + " s with its spouts deactivated.");
        boolean done = await(Duration.ofSeconds(wait + (long) startLimit), n -> {
            TopologyInfo now = n.getTopologyInfo(topology.get_id());
            if (!"ACTIVE".equals(now.get_status())) {
                return false;
            }
            Map<String, Integer> counts = new HashMap<>();
            boolean running = true;
            for (ExecutorSummary e : now.get_executors()) {
                counts.merge(e.get_component_id(), 1, Integer::sum);
                running &= e.get_uptime_secs() > 0 || e.is_set_stats();
            }
            return running && executors.entrySet().stream().allMatch(x -> x.getValue().equals(counts.get(x.getKey())));
        }, cluster);
        if (!done) {
            throw new MojoFailureException("Topology \"" + name + "\" did not run again as asked within "
                    + (wait + startLimit) + " s of the rebalance: mvn shellgen:status shows where it is.");
        }
        getLog().info("Topology \"" + name + "\" is rebalanced and running.");
    }

    private Map<String, Integer> parseParallelism() throws MojoFailureException {
        Map<String, Integer> executors = new LinkedHashMap<>();
        if (parallelism == null || parallelism.isBlank()) {
            return executors;
        }
        for (String pair : parallelism.split(",")) {
            String[] parts = pair.split("=");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                executors.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new MojoFailureException("shellgen.parallelism has \"" + pair + "\": give <component>=<executors>,"
                        + " comma-separated, e.g. -Dshellgen.parallelism=counter=4,splitter=2");
            }
        }
        return executors;
    }
}
