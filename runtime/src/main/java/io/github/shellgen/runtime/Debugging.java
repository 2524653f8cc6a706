package io.github.shellgen.runtime;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.storm.task.TopologyContext;

/**
 * One component's Python process started under a debugger, for {@code shellgen:run -Dshellgen.debug}
 * and {@code LocalTopology.debug}: the configuration that asks for it, and what the subprocess is
 * told (the launcher, run.py, starts the debugger before the script). Only the component's first
 * task is debugged (one process listens on the port); its heartbeat and startup limits are suspended,
 * since a process stopped at a breakpoint answers nothing.
 */
public record Debugging(String debugger, String address, List<String> sources, List<String> path) {

    /** The component whose process runs under the debugger. */
    public static final String COMPONENT = "shellgen.debug.component";
    /** Where the debugger listens (debugpy), or where the IDE's debug server listens (pycharm): host:port. */
    public static final String ADDRESS = "shellgen.debug.address";
    /** {@code debugpy} (the default: it listens, and the IDE attaches) or {@code pycharm} (it connects to PyCharm). */
    public static final String DEBUGGER = "shellgen.debug.debugger";
    /**
     * The project's script folders: the launcher runs the script from there when it is the same file
     * as the jar's, so that breakpoints set on the source file are hit without a path mapping.
     */
    public static final String SOURCES = "shellgen.debug.sources";
    /** Folders put on the debugged process's {@code sys.path}: where debugpy is, when the jar has none. */
    public static final String PATH = "shellgen.debug.path";

    /** The launcher's environment variables, for each of the above. */
    public static final String ENV = "SHELLGEN_DEBUG";
    public static final String SOURCES_ENV = "SHELLGEN_DEBUG_SOURCES";
    public static final String PATH_ENV = "SHELLGEN_DEBUG_PATH";

    public static final String DEFAULT_DEBUGGER = "debugpy";
    public static final int DEFAULT_PORT = 5678;
    public static final String LOCALHOST = "127.0.0.1";

    /** The debugging asked for this task of this component, if any. */
    public static Optional<Debugging> of(Map<String, Object> conf, TopologyContext context) {
        Object component = conf.get(COMPONENT);
        String id = context.getThisComponentId();
        if (component == null || !component.toString().equals(id)) {
            return Optional.empty();
        }
        int first = context.getComponentTasks(id).stream().mapToInt(Integer::intValue).min()
                .orElse(context.getThisTaskId());
        if (context.getThisTaskId() != first) {
            return Optional.empty();
        }
        Object address = conf.get(ADDRESS);
        Object debugger = conf.get(DEBUGGER);
        return Optional.of(new Debugging(debugger == null ? DEFAULT_DEBUGGER : debugger.toString(),
                address == null ? LOCALHOST + ":" + DEFAULT_PORT : address.toString(), strings(conf.get(SOURCES)),
                strings(conf.get(PATH))));
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** What the launcher is told. */
    void addTo(Map<String, String> env) {
        env.put(ENV, debugger + ":" + address);
        env.put(SOURCES_ENV, String.join(File.pathSeparator, sources));
        env.put(PATH_ENV, String.join(File.pathSeparator, path));
        // debugpy's warning that the interpreter's frozen standard modules take no breakpoints: noise here.
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    }
}
