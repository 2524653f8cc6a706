package io.github.shellgen.testing;

import io.github.shellgen.runtime.ComponentGaveUpException;
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
 *
 * @param <C> what it wraps: Storm's {@code ISpout} or {@code IBolt}
 */
abstract class TrackedComponent<C> implements IComponent, Serializable {

    private static final long serialVersionUID = 1L;

    /** The spout or bolt it wraps. */
    final C wrapped;
    private final String runId;
    private final String runs;

    transient TrackedTask tracked;
    /** Its open or prepare completed: its close or cleanup is due at the end. */
    private transient boolean started;
    /** It gave up on its subprocess: no more calls reach it, but its close or cleanup. */
    private transient boolean gaveUp;

    TrackedComponent(String runId, C wrapped, String runs) {
        this.wrapped = wrapped;
        this.runId = runId;
        this.runs = runs;
    }

    /** Opens or prepares the wrapped component as task {@code context}; see {@link TrackedTask#start}. */
    final void start(TopologyContext context, Runnable openOrPrepare) {
        tracked = new TrackedTask(runId, runs, context);
        started = tracked.start(openOrPrepare);
    }

    /**
     * Runs one call of the wrapped component. If the component gives up on its subprocess (it failed
     * past its restart budget), the run records it and ends at once, and the component does nothing
     * more: Storm would halt the JVM, test runner included.
     *
     * @return whether the call completed
     */
    final boolean call(Runnable call) {
        if (!started || gaveUp) {
            return false;
        }
        try {
            call.run();
            return true;
        } catch (ComponentGaveUpException e) {
            gaveUp = true;
            tracked.recorder.gaveUp(tracked.component, tracked.task, runs, e);
            return false;
        }
    }

    /**
     * Closes or cleans up the wrapped component, if it started (one that gave up too: its threads
     * and timer end there).
     */
    final void close(Runnable closeOrCleanup) {
        tracked.recorder.taskClosed(tracked.task);
        if (started) {
            closeOrCleanup.run();
        }
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
