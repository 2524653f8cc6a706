package io.github.shellgen.testing;

import org.apache.storm.task.IErrorReporter;
import org.apache.storm.task.TopologyContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task of a tracked spout or bolt, as its run sees it: the component, the task id, what it
 * runs, and the run's recorder. Made when Storm opens or prepares the task.
 */
final class TrackedTask {

    /**
     * How many times an identical error of one component reaches Storm (which logs each with its
     * whole traceback): a tuple that always fails and is always replayed would flood the log.
     */
    static final int ERRORS_PASSED_ON = 3;

    private static final Logger LOG = LoggerFactory.getLogger(TrackedTask.class);

    final RunRecorder recorder;
    final String component;
    final int task;
    /** The component's counters, resolved once: the recording on every tuple's path uses them. */
    final RunRecorder.Counters counters;
    private final String runs;
    private final TopologyContext context;

    TrackedTask(String runId, String runs, TopologyContext context) {
        this.context = context;
        this.recorder = RunRecorder.of(runId);
        this.component = context.getThisComponentId();
        this.task = context.getThisTaskId();
        this.counters = recorder.counters(component);
        this.runs = runs;
    }

    /**
     * Runs the component's open or prepare. If it throws, the failure is recorded for the run, which
     * then ends at once, and is not passed on: Storm would halt the JVM, test runner included.
     *
     * @return whether the component started
     */
    boolean start(Runnable openOrPrepare) {
        try {
            openOrPrepare.run();
            return true;
        } catch (RuntimeException | LinkageError e) {
            recorder.startFailed(component, task, runs, e);
            return false;
        } finally {
            recorder.taskReady(context);
        }
    }

    /**
     * Records an error the component reports and passes it on to Storm, the first
     * {@link #ERRORS_PASSED_ON} times it reports the same one. While the run shuts the topology down,
     * what dies of that (Storm's own ShellBolt reports its subprocess' end as an error) is not the
     * topology's failure, and is dropped.
     */
    void reportError(Throwable error, IErrorReporter storm) {
        if (recorder.isStopping()) {
            return;
        }
        ReportedError reported = ReportedError.of(component, task, runs, error);
        int times = recorder.error(reported);
        if (times <= ERRORS_PASSED_ON) {
            storm.reportError(error); // Storm logs it whole, and shows it in the UI
        }
        if (times == ERRORS_PASSED_ON) {
            LOG.warn(TestingMessage.ERRORS_COUNTED.format(component, runs, times, reported.summary()));
        }
    }
}
