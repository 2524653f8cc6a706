package com.example.wordcount.local;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.storm.hooks.BaseTaskHook;
import org.apache.storm.hooks.info.SpoutAckInfo;
import org.apache.storm.hooks.info.SpoutFailInfo;

/**
 * A task hook that counts the spout's acked and failed tuples. A sentence is acked when its whole
 * tuple tree (split, count, collect) is done, so acks tell when every sentence has been counted.
 */
public final class SpoutAckCounter extends BaseTaskHook {

    private static final AtomicLong ACKED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static final AtomicLong LAST_ACK_NANOS = new AtomicLong();

    static void reset() {
        ACKED.set(0);
        FAILED.set(0);
        LAST_ACK_NANOS.set(0);
    }

    static long acked() {
        return ACKED.get();
    }

    static long failed() {
        return FAILED.get();
    }

    static long lastAckNanos() {
        return LAST_ACK_NANOS.get();
    }

    @Override
    public void spoutAck(SpoutAckInfo info) {
        LAST_ACK_NANOS.set(System.nanoTime());
        ACKED.incrementAndGet();
    }

    @Override
    public void spoutFail(SpoutFailInfo info) {
        FAILED.incrementAndGet();
    }
}
