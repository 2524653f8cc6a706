package io.github.shellgen.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.storm.spout.CheckpointSpout;
import org.apache.storm.task.IBolt;
import org.apache.storm.task.IOutputCollector;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import io.github.shellgen.runtime.WindowedShellBoltExecutor;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.utils.TupleUtils;

/**
 * A bolt of the run, wrapped so that the run sees every tuple it is given, emits, acks and fails,
 * and every error it reports. Storm reads the streams and the component configuration from the
 * topology itself, so the wrapper changes nothing the bolt declares.
 */
final class TrackedBolt extends TrackedComponent<IBolt> implements IRichBolt {

    private static final long serialVersionUID = 1L;

    private transient OutputCollector collector;
    /** Whether the bolt holds tuples in windows that fire only on more input (see {@link RunRecorder#heldInWindows}). */
    private transient boolean holdsUntilInput;

    TrackedBolt(String runId, IBolt bolt, String runs) {
        super(runId, bolt, runs);
    }

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        this.collector = collector;
        holdsUntilInput = wrapped instanceof WindowedShellBoltExecutor windowed && windowed.firesOnlyOnInput();
        start(context, () -> wrapped.prepare(topoConf, context, new OutputCollector(new Recording(collector))));
    }

    @Override
    public void execute(Tuple input) {
        if (!TupleUtils.isTick(input) && !isCheckpoint(input.getSourceStreamId())) {
            tracked.recorder.executed(tracked.counters, input.getSourceComponent(), input.getSourceStreamId());
            if (holdsUntilInput) {
                tracked.recorder.heldInWindow(1);
            }
        }
        if (!call(() -> wrapped.execute(input))) {
            collector.fail(input); // it failed to start, or gave up; the run, which ends at once, says so
        }
    }

    @Override
    public void cleanup() {
        close(wrapped::cleanup);
    }

    /**
     * Whether a stream is Storm's checkpoint stream, whose tuples flow through every bolt of a
     * stateful topology every checkpoint interval: none of them is the run's work.
     */
    private static boolean isCheckpoint(String streamId) {
        return CheckpointSpout.CHECKPOINT_STREAM_ID.equals(streamId);
    }

    /** The bolt's collector, recording before it passes each call on. */
    private final class Recording implements IOutputCollector {

        private final OutputCollector delegate;

        Recording(OutputCollector delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Integer> emit(String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            if (!isCheckpoint(streamId)) {
                tracked.recorder.emitted(tracked.counters, streamId, tuple);
            }
            return delegate.emit(streamId, anchors, tuple);
        }

        @Override
        public void emitDirect(int taskId, String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            tracked.recorder.emitted(tracked.counters, streamId, tuple);
            delegate.emitDirect(taskId, streamId, anchors, tuple);
        }

        @Override
        public void ack(Tuple input) {
            if (!TupleUtils.isTick(input) && !isCheckpoint(input.getSourceStreamId())) {
                tracked.recorder.boltAcked(tracked.counters);
                if (holdsUntilInput) {
                    tracked.recorder.heldInWindow(-1);
                }
            }
            delegate.ack(input);
        }

        @Override
        public void fail(Tuple input) {
            if (!TupleUtils.isTick(input) && !isCheckpoint(input.getSourceStreamId())) {
                tracked.recorder.boltFailed(tracked.counters);
                if (holdsUntilInput) {
                    tracked.recorder.heldInWindow(-1);
                }
            }
            delegate.fail(input);
        }

        @Override
        public void resetTimeout(Tuple input) {
            tracked.recorder.activity();
            delegate.resetTimeout(input);
        }

        @Override
        public void flush() {
            delegate.flush();
        }

        @Override
        public void reportError(Throwable error) {
            tracked.reportError(error, delegate);
        }
    }
}
