package io.github.shellgen.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the numbers came from: CPU, memory, JDK, Python, and how busy the machine was. */
public final class Machine {

    private Machine() {}

    public static List<String> describe(String python) {
        return List.of(
                "CPUs (nproc): " + Runtime.getRuntime().availableProcessors()
                        + ", " + procField("/proc/cpuinfo", "model name").orElse("CPU model unknown"),
                "Memory: " + procField("/proc/meminfo", "MemTotal").map(Machine::gibibytes).orElse("unknown"),
                "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")",
                "JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "Python: " + python + pythonEnvironment());
    }

    /** PYTHON* variables the Python processes inherit; PYTHONUNBUFFERED, for one, changes how storm.py writes. */
    private static String pythonEnvironment() {
        String variables = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().startsWith("PYTHON"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
        return variables.isEmpty() ? "" : " (environment: " + variables + ")";
    }

    /** The 1, 5 and 15 minute load averages: above nproc means something else was competing for the CPUs. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return String.format(Locale.ROOT, "%s %s %s (1, 5, 15 min)", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** "24684096 kB" as "23.5 GiB". */
    private static String gibibytes(String kilobytes) {
        return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kilobytes.replace("kB", "").trim()) / 1048576.0);
    }

    private static Optional<String> procField(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
