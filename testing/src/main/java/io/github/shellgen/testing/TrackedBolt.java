package io.github.shellgen.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.storm.task.IBolt;
import org.apache.storm.task.IOutputCollector;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.topology.IRichBolt;
import org.apache.storm.topology.OutputFieldsDeclarer;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.utils.TupleUtils;

/**
 * A bolt of the run, wrapped so that the run sees every tuple it is given, emits, acks and fails,
 * and every error it reports. Storm reads the streams and the component configuration from the
 * topology itself, so the wrapper changes nothing the bolt declares.
 */
final class TrackedBolt implements IRichBolt {

    private static final long serialVersionUID = 1L;

    private final String runId;
    private final IBolt bolt;
    private final String runs;

    private transient RunRecorder recorder;
    private transient String component;
    private transient int task;

    TrackedBolt(String runId, IBolt bolt, String runs) {
        this.runId = runId;
        this.bolt = bolt;
        this.runs = runs;
    }

    @Override
    public void prepare(Map<String, Object> topoConf, TopologyContext context, OutputCollector collector) {
        recorder = RunRecorder.of(runId);
        component = context.getThisComponentId();
        task = context.getThisTaskId();
        bolt.prepare(topoConf, context, new OutputCollector(new Recording(collector)));
        recorder.taskReady(context);
    }

    @Override
    public void execute(Tuple input) {
        if (!TupleUtils.isTick(input)) {
            recorder.executed(component);
        }
        bolt.execute(input);
    }

    @Override
    public void cleanup() {
        recorder.taskClosed(task);
        bolt.cleanup();
    }

    @Override
    public void declareOutputFields(OutputFieldsDeclarer declarer) {
        // Storm takes the streams from the topology, where the bolt declared them already.
    }

    @Override
    public Map<String, Object> getComponentConfiguration() {
        return null; // likewise: in the topology already
    }

    /** The bolt's collector, recording before it passes each call on. */
    private final class Recording implements IOutputCollector {

        private final OutputCollector delegate;

        Recording(OutputCollector delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Integer> emit(String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            recorder.emitted(component, streamId, tuple);
            return delegate.emit(streamId, anchors, tuple);
        }

        @Override
        public void emitDirect(int taskId, String streamId, Collection<Tuple> anchors, List<Object> tuple) {
            recorder.emitted(component, streamId, tuple);
            delegate.emitDirect(taskId, streamId, anchors, tuple);
        }

        @Override
        public void ack(Tuple input) {
            if (!TupleUtils.isTick(input)) {
                recorder.boltAcked(component);
            }
            delegate.ack(input);
        }

        @Override
        public void fail(Tuple input) {
            if (!TupleUtils.isTick(input)) {
                recorder.boltFailed(component);
            }
            delegate.fail(input);
        }

        @Override
        public void resetTimeout(Tuple input) {
            recorder.activity();
            delegate.resetTimeout(input);
        }

        @Override
        public void flush() {
            delegate.flush();
        }

        @Override
        public void reportError(Throwable error) {
            if (recorder.isStopping()) {
                return; // the run is shutting the process down: see ShutdownNoise
            }
            recorder.error(component, task, runs, error);
            delegate.reportError(error);
        }
    }
}
