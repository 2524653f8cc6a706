package io.github.shellgen.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one variant's JVM measured, passed to the parent as one line on standard output.
 *
 * @param firstAckSecs seconds from submission to the first spout ack: worker and subprocess start-up
 * @param lastAckSecs seconds from submission to the last spout ack
 * @param jvmPeakRssKb the variant JVM's VmHWM, -1 where unknown
 * @param pythonPeakRssSumKb the sum of the Python subprocesses' VmHWM
 * @param jvmCpuSecs CPU time of the variant's JVM (all threads) from submission to the last ack
 * @param pythonCpuSecs CPU time of the Python subprocesses, all of it spent after submission
 * @param otherCpuSecs CPU time every other process on the machine used meanwhile
 */
public record RunResult(
        String variant,
        long sentences,
        long words,
        long failed,
        double firstAckSecs,
        double lastAckSecs,
        long jvmPeakRssKb,
        int pythonProcesses,
        long pythonPeakRssSumKb,
        long pythonPeakRssMaxKb,
        double jvmCpuSecs,
        double pythonCpuSecs,
        double otherCpuSecs) {

    /** Marks the result line among whatever else the variant's JVM prints. */
    public static final String PREFIX = "BENCHMARK-RESULT ";

    /** Words per second between the first and the last ack: steady state, start-up excluded. */
    public double wordsPerSecond() {
        double window = lastAckSecs - firstAckSecs;
        return window > 0 ? words / window : Double.NaN;
    }

    public String toLine() {
        return PREFIX + String.format(Locale.ROOT,
                "variant=%s sentences=%d words=%d failed=%d firstAckSecs=%.6f lastAckSecs=%.6f jvmPeakRssKb=%d"
                        + " pythonProcesses=%d pythonPeakRssSumKb=%d pythonPeakRssMaxKb=%d jvmCpuSecs=%.3f"
                        + " pythonCpuSecs=%.3f otherCpuSecs=%.3f",
                variant, sentences, words, failed, firstAckSecs, lastAckSecs, jvmPeakRssKb,
                pythonProcesses, pythonPeakRssSumKb, pythonPeakRssMaxKb, jvmCpuSecs, pythonCpuSecs, otherCpuSecs);
    }

    public static RunResult parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a result line: " + line);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new RunResult(
                values.get("variant"),
                Long.parseLong(values.get("sentences")),
                Long.parseLong(values.get("words")),
                Long.parseLong(values.get("failed")),
                Double.parseDouble(values.get("firstAckSecs")),
                Double.parseDouble(values.get("lastAckSecs")),
                Long.parseLong(values.get("jvmPeakRssKb")),
                Integer.parseInt(values.get("pythonProcesses")),
                Long.parseLong(values.get("pythonPeakRssSumKb")),
                Long.parseLong(values.get("pythonPeakRssMaxKb")),
                Double.parseDouble(values.get("jvmCpuSecs")),
                Double.parseDouble(values.get("pythonCpuSecs")),
                Double.parseDouble(values.get("otherCpuSecs")));
    }
}
