package io.github.shellgen.runtime;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.storm.Config;
import org.apache.storm.task.IOutputCollector;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.topology.WindowedBoltExecutor;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.windowing.WindowLifecycleListener;

/**
 * Storm's {@code WindowedBoltExecutor} for a {@link WindowedShellBolt}: Storm buffers, fires the
 * windows, evicts and acks, with three changes for a bolt whose windows a subprocess handles.
 * <ul>
 *   <li>A tuple that leaves the window is acked once the subprocess has handled every window that
 *       held it (Storm's acks it as it leaves, while the subprocess may still emit anchored to it).
 *   <li>A late tuple goes to the late-tuple stream as it came, with its own fields (Storm's sends one
 *       field, {@code late_tuple}, holding the Java tuple, which no subprocess can read); the bolt
 *       declares the stream with the input's fields.
 *   <li>A tuple without a whole number of milliseconds in the timestamp field is reported and failed
 *       (Storm's cast would stop the worker).
 * </ul>
 * It is an {@code IRichBolt}: give it to {@code TopologyBuilder.setBolt} or name it in Flux.
 */
public class WindowedShellBoltExecutor extends WindowedBoltExecutor {

    private static final long serialVersionUID = 1L;

    private final WindowedShellBolt bolt;
    private final EventTime eventTime;
    private transient OutputCollector collector;

    public WindowedShellBoltExecutor(WindowedShellBolt bolt) {
        super(bolt);
        this.bolt = bolt;
        this.eventTime = (EventTime) bolt.getTimestampExtractor();
    }

    /** The windowed shell bolt it runs. */
    public WindowedShellBolt bolt() {
        return bolt;
    }

    /**
     * Whether its windows fire and its tuples leave them only when more input arrives: a window of
     * tuple counts, or of event time (whose watermarks come from the input). Such a window holds its
     * last tuples, unacked, once the input ends; a window of processing time empties as time passes.
     */
    public boolean firesOnlyOnInput() {
        Map<String, Object> own = bolt.getComponentConfiguration();
        return own == null || eventTime != null || own.containsKey(Config.TOPOLOGY_BOLTS_WINDOW_LENGTH_COUNT)
                || own.containsKey(Config.TOPOLOGY_BOLTS_SLIDING_INTERVAL_COUNT);
    }

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        Map<String, Object> own = bolt.getComponentConfiguration();
        Object lateStream = own == null ? null : own.get(Config.TOPOLOGY_BOLTS_LATE_TUPLE_STREAM);
        this.collector = lateStream == null ? collector
                : new LateTuples(collector, lateStream.toString());
        Object watermarks = own == null ? null : own.get(Config.TOPOLOGY_BOLTS_WATERMARK_EVENT_INTERVAL_MS);
        if (watermarks != null) {
            // Storm drops this key from a component's configuration (it is not among those it keeps):
            // the executor reads it from the configuration it is prepared with.
            topoConf = new HashMap<>(topoConf);
            topoConf.put(Config.TOPOLOGY_BOLTS_WATERMARK_EVENT_INTERVAL_MS, watermarks);
        }
        super.prepare(topoConf, context, this.collector);
    }

    @Override
    public void execute(Tuple input) {
        if (eventTime != null) {
            String problem = eventTime.problem(input);
            if (problem != null) {
                bolt.reportMistake("timestamp", problem);
                collector.fail(input);
                return;
            }
        }
        super.execute(input);
    }

    /** The bolt's streams, the late-tuple stream among them: declared once, by the bolt. */
    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        bolt.declareOutputFields(declarer);
    }

    @Override
    protected WindowLifecycleListener<Tuple> newWindowLifecycleListener() {
        WindowLifecycleListener<Tuple> storms = super.newWindowLifecycleListener();
        return new WindowLifecycleListener<>() {
            @Override
            public void onExpiry(List<Tuple> tuples) {
                bolt.expired(tuples, storms::onExpiry);
            }

            @Override
            public void onActivation(List<Tuple> tuples, List<Tuple> newTuples, List<Tuple> expiredTuples,
                    Long timestamp) {
                storms.onActivation(tuples, newTuples, expiredTuples, timestamp);
            }
        };
    }

    /** Sends a late tuple to the late-tuple stream with its own values; everything else as it is. */
    private static final class LateTuples extends OutputCollector {
        private final String lateStream;

        LateTuples(IOutputCollector delegate, String lateStream) {
            super(delegate);
            this.lateStream = lateStream;
        }

        @Override
        public List<Integer> emit(String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            if (lateStream.equals(streamId) && tuple.size() == 1 && tuple.get(0) instanceof Tuple late) {
                return super.emit(streamId, anchors, late.getValues());
            }
            return super.emit(streamId, anchors, tuple);
        }
    }
}
