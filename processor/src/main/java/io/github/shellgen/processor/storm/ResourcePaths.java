package io.github.shellgen.processor.storm;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The one rule for a path relative to the jar's {@code resources/} folder: a script, or a command's file. */
public final class ResourcePaths {

    private ResourcePaths() {}

    /**
     * Why a script path could leave (or not name a file in) the resources folder, if it could. Only
     * a path that passes here is ever resolved against a folder.
     */
    public static Optional<String> problem(String script) {
        if (script.isBlank()) {
            return Optional.of("is empty");
        }
        if (script.startsWith("/") || script.startsWith("\\") || script.matches("^[A-Za-z]:.*")) {
            return Optional.of("is absolute");
        }
        for (String segment : script.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of("contains \"..\", which would leave the resources/ folder");
            }
        }
        if (script.indexOf('\0') >= 0) {
            return Optional.of("contains a NUL character, which no file name can hold");
        }
        try {
            if (script.endsWith("/") || script.endsWith("\\") || Path.of(script).getFileName() == null) {
                return Optional.of("names a folder, not a file");
            }
        } catch (InvalidPathException e) {
            return Optional.of("is not a valid path (" + e.getReason() + ")");
        }
        return Optional.empty();
    }
}
