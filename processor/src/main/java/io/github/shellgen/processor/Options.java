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
public record Options(List<Path> resourceDirs, List<String> problems) {

    /** Folders holding a {@code resources/} folder, searched for scripts before the compiler's own paths. */
    public static final String RESOURCE_DIRS = "shellgen.resourceDirs";

    private static final String RESOURCE_DIRS_ALLOWED = "existing directories that each hold a resources/ folder,"
            + " separated by commas, e.g. -A" + RESOURCE_DIRS + "=src/main/resources";

    /** Every option the processor understands. */
    public static final Set<String> SUPPORTED = Set.of(RESOURCE_DIRS);

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
        return new Options(dirs, problems);
    }
}
