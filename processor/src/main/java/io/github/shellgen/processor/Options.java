package io.github.shellgen.processor;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -Ashellgen.*} options, parsed once. Problems are collected, not thrown,
 * so every bad option is reported.
 */
public record Options(List<Path> resourceDirs, String python, List<String> problems) {

    /** Folders holding a {@code resources/} folder, searched for scripts before the compiler's own paths. */
    public static final String RESOURCE_DIRS = "shellgen.resourceDirs";

    private static final String RESOURCE_DIRS_ALLOWED = "existing directories that each hold a resources/ folder,"
            + " separated by commas, e.g. -A" + RESOURCE_DIRS + "=src/main/resources";

    /** The Python that checks the scripts at build time (syntax, imports, emits). */
    public static final String PYTHON = "shellgen.python";

    private static final String DEFAULT_PYTHON = "python3";

    /** Every option the processor understands. */
    public static final Set<String> SUPPORTED = Set.of(RESOURCE_DIRS, PYTHON);

    public Options {
        resourceDirs = List.copyOf(resourceDirs);
        problems = List.copyOf(problems);
    }

    public static Options parse(Map<String, String> options) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(options.keySet())) {
            if (key.startsWith("shellgen.") && !SUPPORTED.contains(key)) {
                problems.add(Message.UNKNOWN_OPTION.format(key, String.join(", ", new TreeSet<>(SUPPORTED))));
            }
        }
        List<Path> dirs = new ArrayList<>();
        if (options.containsKey(RESOURCE_DIRS)) {
            String raw = options.get(RESOURCE_DIRS);
            if (raw == null || raw.isBlank()) {
                problems.add(Message.BAD_OPTION.format(RESOURCE_DIRS, raw == null ? "" : raw, "it is empty",
                        RESOURCE_DIRS_ALLOWED));
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
                        problems.add(Message.BAD_OPTION.format(RESOURCE_DIRS, raw,
                                "\"" + trimmed + "\" (" + dir + ") is not a directory", RESOURCE_DIRS_ALLOWED));
                    }
                } catch (InvalidPathException e) {
                    problems.add(Message.BAD_OPTION.format(RESOURCE_DIRS, raw,
                            "\"" + trimmed + "\" is not a path (" + e.getReason() + ")", RESOURCE_DIRS_ALLOWED));
                }
            }
        }
        String python = options.getOrDefault(PYTHON, DEFAULT_PYTHON);
        if (python == null || python.isBlank()) {
            problems.add(Message.BAD_OPTION.format(PYTHON, python == null ? "" : python, "it is empty",
                    "a Python interpreter, by name on the PATH or by path, e.g. -A" + PYTHON + "=python3.11"));
            python = DEFAULT_PYTHON;
        }
        return new Options(dirs, python.strip(), problems);
    }
}
