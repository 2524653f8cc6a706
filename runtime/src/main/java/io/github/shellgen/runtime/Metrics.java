package io.github.shellgen.runtime;

import org.apache.storm.metric.api.IMetric;
import org.apache.storm.metric.api.rpc.IShellMetric;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.task.TopologyContext;

/** Updates a metric the component registered, for a script's {@code storm.rpcMetrics(name, params)}. */
final class Metrics {

    private Metrics() {}

    /** Updates it; returns what is wrong with the message instead, if something is. */
    @SuppressWarnings("deprecation") // getRegisteredMetricByName: the API shell metrics are registered with
    static String update(TopologyContext context, ShellMsg message) {
        String name = message.getMetricName();
        if (name == null || name.isEmpty()) {
            return "sent a metrics update without a metric name; it was ignored";
        }
        IMetric metric = context.getRegisteredMetricByName(name);
        if (metric == null) {
            return "updated the metric \"" + name + "\", which the component does not register; declare it with"
                    + " @Metric on the component. The update was ignored";
        }
        if (!(metric instanceof IShellMetric shellMetric)) {
            return "updated the metric \"" + name + "\", which is not a shell metric (IShellMetric); the update was"
                    + " ignored";
        }
        try {
            shellMetric.updateMetricFromRPC(message.getMetricParams());
            return null;
        } catch (RuntimeException e) {
            return "updated the metric \"" + name + "\" with " + message.getMetricParams() + ", which it does not"
                    + " accept (" + Subprocess.oneLine(e) + "); the update was ignored";
        }
    }
}
