package io.github.shellgen.testing;

import java.util.List;
import java.util.Map;
import org.apache.storm.spout.ISpout;
import org.apache.storm.spout.ISpoutOutputCollector;
import org.apache.storm.spout.SpoutOutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IRichSpout;

/**
 * A spout of the run, wrapped so that the run sees every tuple tree it starts, acks, fails and
 * replays, and every error it reports. Storm reads the streams and the component configuration
 * from the topology itself, so the wrapper changes nothing the spout declares.
 */
final class TrackedSpout extends TrackedComponent<ISpout> implements IRichSpout {

    private static final long serialVersionUID = 1L;

    TrackedSpout(String runId, ISpout spout, String runs) {
        super(runId, spout, runs);
    }

    @Override
    public void open(Map<String, Object> conf, TopologyContext context, SpoutOutputCollector collector) {
        start(context, () -> wrapped.open(conf, context, new SpoutOutputCollector(new Recording(collector))));
    }

    @Override
    public void close() {
        close(wrapped::close);
    }

    // A spout that failed to start, or gave up, does nothing until the run, which ends at once, closes it.

    @Override
    public void activate() {
        tracked.recorder.spoutActive(tracked.task, true);
        call(wrapped::activate);
    }

    @Override
    public void deactivate() {
        call(wrapped::deactivate);
        tracked.recorder.spoutActive(tracked.task, false);
    }

    @Override
    public void nextTuple() {
        call(wrapped::nextTuple);
    }

    @Override
    public void ack(Object msgId) {
        tracked.recorder.spoutAcked(tracked.counters, tracked.task, msgId);
        call(() -> wrapped.ack(msgId));
    }

    @Override
    public void fail(Object msgId) {
        tracked.recorder.spoutFailed(tracked.counters, tracked.task, msgId);
        call(() -> wrapped.fail(msgId));
    }

    /** The spout's collector, recording before it passes each call on. */
    private final class Recording implements ISpoutOutputCollector {

        private final SpoutOutputCollector delegate;

        Recording(SpoutOutputCollector delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Integer> emit(String streamId, List<Object> tuple, Object messageId) {
            tracked.recorder.spoutEmitted(tracked.counters, tracked.task, streamId, tuple, messageId);
            return delegate.emit(streamId, tuple, messageId);
        }

        @Override
        public void emitDirect(int taskId, String streamId, List<Object> tuple, Object messageId) {
            tracked.recorder.spoutEmitted(tracked.counters, tracked.task, streamId, tuple, messageId);
            delegate.emitDirect(taskId, streamId, tuple, messageId);
        }

        @Override
        public void reportError(Throwable error) {
            tracked.reportError(error, delegate);
        }

        @Override
        public long getPendingCount() {
            return delegate.getPendingCount();
        }

        @Override
        public void flush() {
            delegate.flush();
        }
    }
}
