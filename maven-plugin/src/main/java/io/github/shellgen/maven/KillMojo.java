package io.github.shellgen.maven;

import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.storm.generated.KillOptions;
import org.apache.storm.generated.TopologySummary;

/**
 * Kills a topology, as {@code storm kill} does: Nimbus deactivates its spouts, waits (by default the
 * topology's message timeout, so that tuples in flight can finish; {@code -Dshellgen.wait=SECONDS} as
 * {@code storm kill -w}), then stops its workers. The goal returns once Nimbus no longer lists it and the Supervisors
 * report its workers stopped.
 */
@Mojo(name = "kill", requiresProject = false, threadSafe = true)
public final class KillMojo extends ClusterMojo {

    /** Seconds Nimbus waits between deactivating the spouts and stopping the workers; default: the message timeout. */
    @Parameter(property = "shellgen.wait")
    Integer waitSecs;

    /** Seconds to wait, after the wait above, for the topology to be gone before the goal fails. */
    @Parameter(property = "shellgen.killLimit", defaultValue = "120")
    int killLimit;

    @Override
    void run(ClusterConnection cluster) throws Exception {
        String name = topologyName();
        TopologySummary topology = cluster.require(name);
        int wait = waitSecs != null ? waitSecs : messageTimeout(cluster, topology.get_id());
        if (wait < 0) {
            throw new MojoFailureException("shellgen.wait is " + wait + ": a number of seconds, 0 or more");
        }
        int usedBefore = cluster.call(n -> ClusterConnection.Slots.of(n.getClusterInfo())).used();
        KillOptions options = new KillOptions();
        options.set_wait_secs(wait);
        cluster.call(n -> {
            n.killTopologyWithOpts(name, options);
            return null;
        });
        getLog().info("Killing topology \"" + name + "\" (" + topology.get_id() + ") on Nimbus " + cluster.nimbus()
                + ": its spouts are deactivated, and its workers stop in " + wait + " s"
                + (waitSecs == null ? " (its message timeout; -Dshellgen.wait=SECONDS to change it)" : "") + ".");
        boolean gone = await(Duration.ofSeconds(wait + (long) killLimit),
                n -> n.getClusterInfo().get_topologies().stream().noneMatch(t -> t.get_id().equals(topology.get_id())),
                cluster);
        if (!gone) {
            throw new MojoFailureException("Topology \"" + name + "\" was still listed by Nimbus " + (wait + killLimit)
                    + " s after the kill (mvn shellgen:list shows its state; Nimbus' log says why).");
        }
        // Then the Supervisors stop its workers, and say so to Nimbus with their next heartbeat.
        boolean released = await(Duration.ofSeconds(killLimit),
                n -> ClusterConnection.Slots.of(n.getClusterInfo()).used() <= usedBefore - topology.get_num_workers(), cluster);
        getLog().info("Topology \"" + name + "\" is killed" + (topology.get_num_workers() == 0 ? " (it had no worker)."
                : released ? ": the Supervisors have stopped its "
                + topology.get_num_workers() + " worker(s)." : "; its workers were still reported in use " + killLimit
                + " s later (the Supervisors' logs say why)."));
    }

    /** The topology's {@code topology.message.timeout.secs}, what Nimbus waits when no wait is given. */
    static int messageTimeout(ClusterConnection cluster, String id) throws Exception {
        Object value = TopologyConf.of(cluster, id).get("topology.message.timeout.secs");
        return value instanceof Number number ? number.intValue() : 30;
    }
}
