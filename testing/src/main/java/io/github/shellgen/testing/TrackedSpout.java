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
final class TrackedSpout extends TrackedComponent implements IRichSpout {

    private static final long serialVersionUID = 1L;

    private final ISpout spout;

    TrackedSpout(String runId, ISpout spout, String runs) {
        super(runId, runs);
        this.spout = spout;
    }

    @Override
    public void open(Map<String, Object> conf, TopologyContext context, SpoutOutputCollector collector) {
        start(context, () -> spout.open(conf, context, new SpoutOutputCollector(new Recording(collector))));
    }

    @Override
    public void close() {
        close(spout::close);
    }

    // A spout that failed to start, or gave up, does nothing until the run, which ends at once, closes it.

    @Override
    public void activate() {
        tracked.recorder.spoutActive(tracked.task, true);
        call(spout::activate);
    }

    @Override
    public void deactivate() {
        call(spout::deactivate);
        tracked.recorder.spoutActive(tracked.task, false);
    }

    @Override
    public void nextTuple() {
        call(spout::nextTuple);
    }

    @Override
    public void ack(Object msgId) {
        tracked.recorder.spoutAcked(tracked.counters, tracked.task, msgId);
        call(() -> spout.ack(msgId));
    }

    @Override
    public void fail(Object msgId) {
        tracked.recorder.spoutFailed(tracked.counters, tracked.task, msgId);
        call(() -> spout.fail(msgId));
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
        public long getPendingCount() {
            return delegate.getPendingCount();
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
