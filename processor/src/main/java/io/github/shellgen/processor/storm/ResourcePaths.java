package io.github.shellgen.processor.storm;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The one rule for a path relative to the jar's {@code resources/} folder: a script, or a command's file. */
public final class ResourcePaths {

    private ResourcePaths() {}

    /** What is wrong with a path; {@code detail} is the platform's reason for {@link Kind#INVALID}, else empty. */
    public record Problem(Kind kind, String detail) {

        /** The ways a path can fail to name a file inside the resources folder. */
        public enum Kind { EMPTY, ABSOLUTE, LEAVES_FOLDER, NUL, FOLDER, INVALID }
    }

    /**
     * Why a script path could leave (or not name a file in) the resources folder, if it could. Only
     * a path that passes here is ever resolved against a folder.
     */
    public static Optional<Problem> problem(String script) {
        if (script.isBlank()) {
            return problem(Problem.Kind.EMPTY);
        }
        if (script.startsWith("/") || script.startsWith("\\") || script.matches("^[A-Za-z]:.*")) {
            return problem(Problem.Kind.ABSOLUTE);
        }
        for (String segment : script.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return problem(Problem.Kind.LEAVES_FOLDER);
            }
        }
        if (script.indexOf('\0') >= 0) {
            return problem(Problem.Kind.NUL);
        }
        try {
            if (script.endsWith("/") || script.endsWith("\\") || Path.of(script).getFileName() == null) {
                return problem(Problem.Kind.FOLDER);
            }
        } catch (InvalidPathException e) {
            return Optional.of(new Problem(Problem.Kind.INVALID, e.getReason()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(Problem.Kind kind) {
        return Optional.of(new Problem(kind, ""));
    }
}
