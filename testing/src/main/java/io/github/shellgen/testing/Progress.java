package io.github.shellgen.testing;

import java.time.Duration;
import java.util.List;

/**
 * Where a run stands, given to {@link LocalTopology#onProgress} about once a second.
 *
 * @param elapsed time since the run started (the in-process cluster starting)
 * @param tasksReady tasks whose component has started (its subprocess answered)
 * @param tasks tasks of the topology's components (0 until the first one has started)
 * @param treesAcked spout tuple trees acked so far
 * @param treesPerSecond trees acked per second since the previous report
 * @param pending spout tuple trees neither acked nor failed yet
 * @param failed spout tuple trees failed so far (a reliable spout replays them)
 * @param starting the components with a task still starting, once the first task has started (a
 *     subprocess loading its script, say); empty once all have
 */
public record Progress(
        Duration elapsed, int tasksReady, int tasks, long treesAcked, double treesPerSecond, long pending, long failed,
        List<String> starting) {

    public Progress {
        starting = List.copyOf(starting);
    }

    /** Whether every task has started. */
    public boolean started() {
        return tasks > 0 && tasksReady >= tasks;
    }

    /** One line: elapsed time, then how many tasks started, or acked, rate, pending, failed. */
    public String line() {
        if (!started()) {
            return tasks == 0 ? TestingMessage.PROGRESS_STARTING_WORKER.format(elapsed.toMillis() / 1000.0)
                    : TestingMessage.PROGRESS_STARTING.format(elapsed.toMillis() / 1000.0, tasksReady, tasks,
                            String.join(", ", starting));
        }
        return TestingMessage.PROGRESS.format(elapsed.toMillis() / 1000.0, treesAcked, treesPerSecond, pending,
                failed);
    }
}
