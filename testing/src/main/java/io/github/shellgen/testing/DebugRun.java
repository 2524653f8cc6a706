package io.github.shellgen.testing;

import io.github.shellgen.runtime.Debugging;
import io.github.shellgen.runtime.RuntimeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The configuration of a local run that debugs one component ({@link LocalTopology#debug}). */
final class DebugRun {

    /** How long a debugged run's tuples and the run itself may wait, unless set: an hour. */
    static final int PAUSE_SECS = 3600;
    /** Where a Maven project's scripts are, and the packages of its Python tests, from its folder. */
    private static final Path SCRIPTS = Path.of("src", "main", "resources", "resources");
    private static final Path TEST_PACKAGES = Path.of("target").resolve(RuntimeConfig.TEST_PACKAGES_BUILD_FOLDER);

    private DebugRun() {}

    static void ask(Map<String, Object> conf, String component, int port, String debugger, Path project) {
        conf.put(Debugging.COMPONENT, component);
        conf.put(Debugging.ADDRESS, Debugging.LOCALHOST + ":" + port);
        conf.put(Debugging.DEBUGGER, debugger);
        conf.put(Debugging.SOURCES, existing(project.resolve(SCRIPTS)));
        conf.put(Debugging.PATH, existing(project.resolve(TEST_PACKAGES)));
    }

    private static List<String> existing(Path folder) {
        return Files.isDirectory(folder) ? List.of(folder.toString()) : List.of();
    }
}
