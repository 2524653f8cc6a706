package io.github.shellgen.testing;

import org.apache.storm.task.IErrorReporter;
import org.apache.storm.task.TopologyContext;

/**
 * One task of a tracked spout or bolt, as its run sees it: the component, the task id, what it
 * runs, and the run's recorder. Made when Storm opens or prepares the task.
 */
final class TrackedTask {

    final RunRecorder recorder;
    final String component;
    final int task;
    private final String runs;

    TrackedTask(String runId, String runs, TopologyContext context) {
        this.recorder = RunRecorder.of(runId);
        this.component = context.getThisComponentId();
        this.task = context.getThisTaskId();
        this.runs = runs;
    }

    /**
     * Records an error the component reports and passes it on to Storm; while the run shuts the
     * topology down, what dies of that is not the topology's failure (see {@link ShutdownNoise}) and
     * is dropped.
     */
    void reportError(Throwable error, IErrorReporter storm) {
        if (recorder.isStopping()) {
            return;
        }
        recorder.error(component, task, runs, error);
        storm.reportError(error);
    }
}
