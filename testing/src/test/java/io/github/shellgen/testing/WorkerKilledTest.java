package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.BusyTopology;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A worker JVM killed with SIGKILL takes its Python processes with it, even one busy in an endless
 * computation that never reads from Storm again: a separate JVM runs {@link BusyTopology}, and is
 * killed once its bolt computes.
 */
class WorkerKilledTest {

    @Test
    void everyPythonProcessEndsWithinSecondsOfTheWorkerJvmsKill() throws Exception {
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process worker = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + target, "-Dlog4j.configurationFile=shellgen-testing-log4j2.xml",
                RunMain.class.getName(), BusyTopology.class.getName(), "--time-limit=300")
                .redirectErrorStream(true)
                .redirectOutput(target.resolve("worker-killed-test.log").toFile())
                .start();
        List<ProcessHandle> children = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (pythons(worker).stream().noneMatch(p -> command(p).contains("busy.py"))) {
                assertThat(worker.isAlive()).isTrue();
                assertThat(System.nanoTime() < deadline).isTrue();
                Thread.sleep(100);
            }
            // The bolt has had its second tuple once it uses the CPU: it computes for ever.
            while (busyCpu(worker).compareTo(Duration.ofSeconds(1)) < 0) {
                assertThat(System.nanoTime() < deadline).isTrue();
                Thread.sleep(100);
            }
            children.addAll(worker.descendants().toList());
            assertThat(pythons(worker)).hasSize(2); // the spout and the busy bolt

            worker.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup runs
            worker.waitFor();

            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < gone) {
                Thread.sleep(50);
            }
            assertThat(children.stream().filter(ProcessHandle::isAlive).map(WorkerKilledTest::command).toList())
                    .isEmpty();
        } finally {
            worker.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static List<ProcessHandle> pythons(Process worker) {
        return worker.descendants().filter(p -> command(p).contains("python3")).toList();
    }

    private static Duration busyCpu(Process worker) {
        return pythons(worker).stream()
                .filter(p -> command(p).contains("busy.py"))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .findFirst()
                .orElse(Duration.ZERO);
    }

    private static String command(ProcessHandle process) {
        return process.info().commandLine().orElse("?");
    }

    static {
        new File(System.getProperty("java.io.tmpdir")).mkdirs();
    }
}
