package com.example.scoring.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The CPU time of the processes whose command line names a script, sampled from Linux's
 * {@code /proc} every 50 ms while a run goes on (a process' last sample counts, so the last 50 ms of
 * each may be missed). Empty where there is no {@code /proc}.
 */
final class ProcessCpu implements AutoCloseable {

    /** Clock ticks a second of {@code /proc/<pid>/stat}'s times: 100 on Linux, whatever the kernel's HZ. */
    private static final double TICKS = 100.0;

    private final String script;
    private final Map<Long, Long> ticksByPid = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ProcessCpu(String script) {
        this.script = script;
        this.sampler = new Thread(this::sample, "cpu-of-" + script);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the processes running {@code script}. */
    static ProcessCpu of(String script) {
        return new ProcessCpu(script);
    }

    private void sample() {
        while (running) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .forEach(this::read);
                Thread.sleep(50);
            } catch (IOException e) {
                return; // no /proc here
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read(Path process) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            if (!command.contains(script)) {
                return;
            }
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            ticksByPid.merge(Long.parseLong(process.getFileName().toString()), ticks, Math::max);
        } catch (IOException | RuntimeException e) {
            // The process ended meanwhile.
        }
    }

    /** The CPU seconds of every process seen; empty when none was. */
    OptionalDouble seconds() {
        return ticksByPid.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(ticksByPid.values().stream().mapToLong(Long::longValue).sum() / TICKS);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
