package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import io.github.shellgen.runtime.process.Subprocess;
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
            return RuntimeMessage.METRIC_UNNAMED.format();
        }
        IMetric metric = context.getRegisteredMetricByName(name);
        if (metric == null) {
            return RuntimeMessage.METRIC_UNREGISTERED.format(name);
        }
        if (!(metric instanceof IShellMetric shellMetric)) {
            return RuntimeMessage.METRIC_NOT_SHELL.format(name);
        }
        try {
            shellMetric.updateMetricFromRPC(message.getMetricParams());
            return null;
        } catch (RuntimeException e) {
            return RuntimeMessage.METRIC_REJECTED.format(name, message.getMetricParams(), Subprocess.oneLine(e));
        }
    }
}
