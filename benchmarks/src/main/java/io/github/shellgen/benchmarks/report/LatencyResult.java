package io.github.shellgen.benchmarks.report;

import java.util.Locale;

/**
 * What one variant's JVM measured at a fixed rate: the complete latency of its tuple trees (spout
 * emit to ack), in milliseconds, as Storm measures it; passed to the parent as one line.
 */
public record LatencyResult(String variant, int rate, int trees, long p50, long p99, long max) {

    /** Marks the result line among whatever else the variant's JVM prints. */
    public static final String PREFIX = "BENCHMARK-LATENCY ";

    /** The result of these latencies (sorted, in ms). */
    public static LatencyResult of(String variant, int rate, long[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException(variant + ": no complete latency was measured");
        }
        return new LatencyResult(variant, rate, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public String toLine() {
        return String.format(Locale.ROOT, "%s%s %d %d %d %d %d", PREFIX, variant, rate, trees, p50, p99, max);
    }

    public static LatencyResult parse(String line) {
        String[] fields = line.substring(PREFIX.length()).trim().split(" ");
        return new LatencyResult(fields[0], Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                Long.parseLong(fields[3]), Long.parseLong(fields[4]), Long.parseLong(fields[5]));
    }
}
