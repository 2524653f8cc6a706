package io.github.shellgen.processor.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a script where the build will put it into the jar's {@code resources/} folder, in this
 * order: the {@code shellgen.resourceDirs} folders, the source path, the class output (where Maven
 * has copied {@code src/main/resources} before compiling), the class path. A place counts only if
 * the file can be opened.
 */
public final class ScriptLocator {

    /** The result of a lookup: found or not, and every place looked, for the message. */
    public record Lookup(boolean found, List<String> lookedIn) {}

    private static final List<JavaFileManager.Location> COMPILER_LOCATIONS = List.of(
            StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH);

    private final Filer filer;
    private final List<Path> resourceDirs;

    public ScriptLocator(Filer filer, List<Path> resourceDirs) {
        this.filer = filer;
        this.resourceDirs = List.copyOf(resourceDirs);
    }

    /** Looks for {@code resources/<script>}; {@code script} must already be a safe relative path. */
    public Lookup locate(String script) {
        String relative = "resources/" + script;
        List<String> lookedIn = new ArrayList<>();
        for (Path dir : resourceDirs) {
            Path candidate = dir.resolve(relative).normalize();
            lookedIn.add(candidate.toString());
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                return new Lookup(true, lookedIn);
            }
        }
        for (JavaFileManager.Location location : COMPILER_LOCATIONS) {
            String where = describe(location);
            try {
                FileObject file = filer.getResource(location, "", relative);
                where = where + " " + file.toUri().getPath();
                try (InputStream in = file.openInputStream()) {
                    return new Lookup(true, lookedIn);
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // Not there (or the compiler does not offer this location): look in the next place.
                lookedIn.add(where);
            }
        }
        return new Lookup(false, lookedIn);
    }

    private static String describe(JavaFileManager.Location location) {
        if (location == StandardLocation.SOURCE_PATH) {
            return "the source path";
        }
        if (location == StandardLocation.CLASS_OUTPUT) {
            return "the class output";
        }
        return "the class path";
    }
}
