package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
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
import org.apache.storm.tuple.Fields;
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
 *       declares the stream with the input's fields. Without a late-tuple stream, late tuples are
 *       reported (once every 30 s at most, with a count), where Storm logs each at INFO.
 *   <li>A tuple without a whole number of milliseconds in the timestamp field is reported and failed
 *       (Storm's cast would stop the worker).
 * </ul>
 * It is an {@code IRichBolt}: give it to {@code TopologyBuilder.setBolt} or name it in Flux.
 */
public class WindowedShellBoltExecutor extends WindowedBoltExecutor {

    private static final long serialVersionUID = 1L;

    /** The late-tuple stream of a window of event time that has none of its own: declared, never emitted to. */
    static final String UNASKED_LATE_STREAM = "shellgen-late";

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
        Map<String, Object> conf = new HashMap<>(topoConf);
        Object watermarks = own == null ? null : own.get(Config.TOPOLOGY_BOLTS_WATERMARK_EVENT_INTERVAL_MS);
        if (watermarks != null) {
            // Storm drops this key from a component's configuration (it is not among those it keeps):
            // the executor reads it from the configuration it is prepared with.
            conf.put(Config.TOPOLOGY_BOLTS_WATERMARK_EVENT_INTERVAL_MS, watermarks);
        }
        String lateStream = lateStream();
        if (lateStream != null) {
            conf.put(Config.TOPOLOGY_BOLTS_LATE_TUPLE_STREAM, lateStream);
        }
        this.collector = lateStream == null ? collector : new LateTuples(collector, lateStream, lateStream.equals(
                UNASKED_LATE_STREAM) ? eventTime : null, bolt);
        super.prepare(conf, context, this.collector);
    }

    /**
     * The late-tuple stream: the bolt's, or, for a window of event time without one, a stream of its
     * own, whose tuples are reported and left out: Storm would log every late tuple at INFO.
     */
    private String lateStream() {
        Map<String, Object> own = bolt.getComponentConfiguration();
        Object asked = own == null ? null : own.get(Config.TOPOLOGY_BOLTS_LATE_TUPLE_STREAM);
        return asked != null ? asked.toString() : eventTime != null ? UNASKED_LATE_STREAM : null;
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
        if (UNASKED_LATE_STREAM.equals(lateStream())) {
            declarer.declareStream(UNASKED_LATE_STREAM, new Fields(LATE_TUPLE_FIELD));
        }
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

    /**
     * Sends a late tuple to the late-tuple stream with its own values, or, on the stream the bolt did
     * not ask for, reports it instead (at most once every 30 s, with a count); everything else as it is.
     */
    private static final class LateTuples extends OutputCollector {
        private final String lateStream;
        /** Set when late tuples are reported, not emitted. */
        private final EventTime reported;
        private final WindowedShellBolt bolt;

        LateTuples(IOutputCollector delegate, String lateStream, EventTime reported, WindowedShellBolt bolt) {
            super(delegate);
            this.lateStream = lateStream;
            this.reported = reported;
            this.bolt = bolt;
        }

        @Override
        public List<Integer> emit(String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            if (lateStream.equals(streamId) && tuple.size() == 1 && tuple.get(0) instanceof Tuple late) {
                if (reported != null) {
                    bolt.reportMistake("late tuple", RuntimeMessage.LATE_TUPLE_LEFT_OUT.format(
                            late.getSourceComponent(), late.getSourceStreamId(), reported.field(),
                            late.getValueByField(reported.field())));
                    return List.of();
                }
                return super.emit(streamId, anchors, late.getValues());
            }
            return super.emit(streamId, anchors, tuple);
        }
    }
}
