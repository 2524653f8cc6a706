package io.github.shellgen.benchmarks.run;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.hooks.BaseTaskHook;
import org.apache.storm.hooks.info.SpoutAckInfo;
import org.apache.storm.hooks.info.SpoutFailInfo;

/**
 * A task hook counting the spout's acks and fails. A sentence is acked once its whole tuple tree
 * (split, count, collect) is done, so the acks say when every sentence has been counted, and the
 * first and last ack bound the steady-state window the throughput is measured over.
 */
public final class SpoutAckCounter extends BaseTaskHook {

    private static final AtomicLong ACKED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static final AtomicLong FIRST_ACK_NANOS = new AtomicLong();
    private static final AtomicLong LAST_ACK_NANOS = new AtomicLong();

    static void reset() {
        ACKED.set(0);
        FAILED.set(0);
        FIRST_ACK_NANOS.set(0);
        LAST_ACK_NANOS.set(0);
    }

    static long acked() {
        return ACKED.get();
    }

    static long failed() {
        return FAILED.get();
    }

    static long firstAckNanos() {
        return FIRST_ACK_NANOS.get();
    }

    static long lastAckNanos() {
        return LAST_ACK_NANOS.get();
    }

    @Override
    public void spoutAck(SpoutAckInfo info) {
        long now = System.nanoTime();
        FIRST_ACK_NANOS.compareAndSet(0, now);
        LAST_ACK_NANOS.set(now);
        ACKED.incrementAndGet();
    }

    @Override
    public void spoutFail(SpoutFailInfo info) {
        FAILED.incrementAndGet();
    }
}
