package io.github.shellgen.testing;

import java.io.Serializable;
import java.util.Map;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IComponent;
import org.apache.storm.topology.OutputFieldsDeclarer;

/**
 * What a {@link TrackedSpout} and a {@link TrackedBolt} share: the run they report to, what the
 * wrapped component runs, and its task once Storm has opened or prepared it. Storm reads streams
 * and component configuration from the topology, where the wrapped component declared them, so a
 * wrapper declares nothing itself.
 */
abstract class TrackedComponent implements IComponent, Serializable {

    private static final long serialVersionUID = 1L;

    private final String runId;
    private final String runs;

    transient TrackedTask tracked;
    transient boolean started;

    TrackedComponent(String runId, String runs) {
        this.runId = runId;
        this.runs = runs;
    }

    /** Opens or prepares the wrapped component as task {@code context}; see {@link TrackedTask#start}. */
    final void start(TopologyContext context, Runnable openOrPrepare) {
        tracked = new TrackedTask(runId, runs, context);
        started = tracked.start(openOrPrepare);
    }

    @Override
    public final void declareOutputFields(OutputFieldsDeclarer declarer) {
        // In the topology already.
    }

    @Override
    public final Map<String, Object> getComponentConfiguration() {
        return null; // in the topology already
    }
}
