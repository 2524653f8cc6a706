package io.github.shellgen.benchmarks.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Peak resident memory and CPU time of this JVM and of its Python subprocesses, and the CPU time
 * of the whole machine (what else ran shows as the difference). Peak RSS is what
 * Linux keeps as {@code VmHWM} in {@code /proc/<pid>/status}; it must be read while a process
 * lives, so a run reads its subprocesses' before shutting the cluster down. Where there is no
 * {@code /proc} the peak is -1 ("n/a" in the table).
 */
public final class ProcessStats {

    /**
     * The shell subprocesses of a run: how many, their summed and largest peak RSS, their CPU time
     * and the arguments each was started with (after the interpreter).
     */
    public record Subprocesses(int count, long peakRssSumKb, long peakRssMaxKb, Duration cpu,
            List<List<String>> arguments) {

        static final Subprocesses NONE = new Subprocesses(0, 0, 0, Duration.ZERO, List.of());
    }

    private ProcessStats() {}

    public static long peakRssOfThisJvmKb() {
        return peakRssKb(ProcessHandle.current().pid()).orElse(-1);
    }

    /** CPU time of all this JVM's threads so far. */
    public static Duration cpuOfThisJvm() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? Duration.ofNanos(sun.getProcessCpuTime())
                : Duration.ZERO;
    }

    /**
     * CPU time every process on the machine has used since boot, from the {@code cpu} line of
     * {@code /proc/stat} (user, nice, system, irq, softirq, steal; in USER_HZ ticks, 100 a second
     * on Linux whatever the kernel's own tick). Zero where there is no {@code /proc/stat}.
     */
    public static Duration cpuOfMachine() {
        try {
            String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(ticks[field]);
            }
            return Duration.ofMillis(busy * 10);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /** The JVM's live {@code python*} descendants: the shell components' processes. */
    public static Subprocesses ofPythonSubprocesses() {
        List<ProcessHandle> pythons = ProcessHandle.current().descendants().filter(ProcessStats::isPython).toList();
        if (pythons.isEmpty()) {
            return Subprocesses.NONE;
        }
        List<Long> peaks = pythons.stream().map(p -> peakRssKb(p.pid())).map(peak -> peak.orElse(0)).toList();
        Duration cpu = pythons.stream()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        List<List<String>> arguments = pythons.stream()
                .map(p -> List.of(p.info().arguments().orElse(new String[0])))
                .toList();
        return new Subprocesses(pythons.size(), peaks.stream().mapToLong(Long::longValue).sum(),
                peaks.stream().mapToLong(Long::longValue).max().orElse(0), cpu, arguments);
    }

    static OptionalLong peakRssKb(long pid) {
        try {
            return parseVmHwmKb(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM:   123456 kB} line of a {@code /proc/<pid>/status} text, in kB. */
    static OptionalLong parseVmHwmKb(String status) {
        return status.lines()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).replace("kB", "").trim())
                .mapToLong(Long::parseLong)
                .findFirst();
    }

    private static boolean isPython(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.startsWith("python"))
                .isPresent();
    }
}
