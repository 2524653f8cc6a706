package io.github.shellgen.benchmarks.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.storm.hooks.BaseTaskHook;
import org.apache.storm.hooks.info.SpoutAckInfo;

/**
 * Collects each acked tuple tree's complete latency as Storm measures it (spout emit to the
 * acker's ack, {@link SpoutAckInfo#completeLatencyMs}, measured for every tree when
 * {@code topology.stats.sample.rate} is 1). Registered through {@code topology.auto.task.hooks};
 * the cluster runs in this JVM, so the values land in this class.
 */
public final class LatencyHook extends BaseTaskHook {

    private static final List<Long> LATENCIES = new ArrayList<>();

    @Override
    public void spoutAck(SpoutAckInfo info) {
        if (info.completeLatencyMs != null) {
            synchronized (LATENCIES) {
                LATENCIES.add(info.completeLatencyMs);
            }
        }
    }

    /** The latencies collected since the last call, in milliseconds, sorted; forgets them. */
    static long[] drain() {
        synchronized (LATENCIES) {
            long[] values = LATENCIES.stream().mapToLong(Long::longValue).sorted().toArray();
            LATENCIES.clear();
            return values;
        }
    }
}
