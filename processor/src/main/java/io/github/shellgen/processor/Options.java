package io.github.shellgen.processor;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -Ashellgen.*} options, parsed once. Every bad option is reported, and
 * replaced by its default.
 */
record Options(List<Path> resourceDirs, String python) {

    /** Folders holding a {@code resources/} folder, searched for scripts before the compiler's own paths. */
    static final String RESOURCE_DIRS = "shellgen.resourceDirs";

    private static final String RESOURCE_DIRS_ALLOWED = "existing directories that each hold a resources/ folder,"
            + " separated by commas, e.g. -A" + RESOURCE_DIRS + "=src/main/resources";

    /** The Python that checks the scripts at build time (syntax, imports, emits). */
    static final String PYTHON = "shellgen.python";

    private static final String PYTHON_ALLOWED =
            "a Python interpreter, by name on the PATH or by path, e.g. -A" + PYTHON + "=python3.11";

    private static final String DEFAULT_PYTHON = "python3";

    /** Every option the processor understands. */
    static final Set<String> SUPPORTED = Set.of(RESOURCE_DIRS, PYTHON);

    Options {
        resourceDirs = List.copyOf(resourceDirs);
    }

    static Options parse(Map<String, String> options, Reporter reporter) {
        for (String key : new TreeSet<>(options.keySet())) {
            if (key.startsWith("shellgen.") && !SUPPORTED.contains(key)) {
                reporter.report(Message.UNKNOWN_OPTION, key, String.join(", ", new TreeSet<>(SUPPORTED)));
            }
        }
        List<Path> dirs = new ArrayList<>();
        if (options.containsKey(RESOURCE_DIRS)) {
            String raw = options.get(RESOURCE_DIRS);
            if (raw == null || raw.isBlank()) {
                reporter.report(Message.EMPTY_OPTION, RESOURCE_DIRS, raw == null ? "" : raw, RESOURCE_DIRS_ALLOWED);
                raw = "";
            }
            for (String entry : raw.split("[,\\" + java.io.File.pathSeparator + "]")) {
                String trimmed = entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                try {
                    Path dir = Path.of(trimmed).toAbsolutePath().normalize();
                    if (Files.isDirectory(dir)) {
                        dirs.add(dir);
                    } else {
                        reporter.report(Message.RESOURCE_DIR_NOT_A_DIRECTORY, RESOURCE_DIRS, raw, trimmed, dir,
                                RESOURCE_DIRS_ALLOWED);
                    }
                } catch (InvalidPathException e) {
                    reporter.report(Message.RESOURCE_DIR_NOT_A_PATH, RESOURCE_DIRS, raw, trimmed, e.getReason(),
                            RESOURCE_DIRS_ALLOWED);
                }
            }
        }
        String python = options.getOrDefault(PYTHON, DEFAULT_PYTHON);
        if (python == null || python.isBlank()) {
            reporter.report(Message.EMPTY_OPTION, PYTHON, python == null ? "" : python, PYTHON_ALLOWED);
            python = DEFAULT_PYTHON;
        }
        return new Options(dirs, python.strip());
    }
}
