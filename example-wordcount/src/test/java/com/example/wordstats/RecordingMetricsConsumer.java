package com.example.wordstats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.storm.metric.api.IMetricsConsumer;
import org.apache.storm.task.IErrorReporter;
import org.apache.storm.task.TopologyContext;

/**
 * A metrics consumer that keeps every data point it is given in a static list: the in-process
 * cluster runs in the test's JVM, which reads them. One run at a time; {@link #reset()} between runs.
 */
public final class RecordingMetricsConsumer implements IMetricsConsumer {

    /** One data point, with the component and task that reported it. */
    public record Point(String component, int task, String name, Object value) {}

    private static final List<Point> POINTS = new CopyOnWriteArrayList<>();

    static void reset() {
        POINTS.clear();
    }

    static List<Point> points() {
        return List.copyOf(POINTS);
    }

    @Override
    public void prepare(Map<String, Object> topoConf, Object registrationArgument, TopologyContext context,
            IErrorReporter errorReporter) {}

    @Override
    public void handleDataPoints(TaskInfo taskInfo, Collection<DataPoint> dataPoints) {
        for (DataPoint point : dataPoints) {
            POINTS.add(new Point(taskInfo.srcComponentId, taskInfo.srcTaskId, point.name, point.value));
        }
    }

    @Override
    public void cleanup() {}
}
