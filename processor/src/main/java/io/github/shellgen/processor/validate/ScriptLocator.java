package io.github.shellgen.processor.validate;

import io.github.shellgen.runtime.RuntimeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The result of a lookup: found or not, every place looked (for the message), and the file
     * found when it is on the file system (null otherwise).
     */
    public record Lookup(boolean found, List<String> lookedIn, Path file) {}

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
                return new Lookup(true, lookedIn, candidate);
            }
        }
        for (JavaFileManager.Location location : COMPILER_LOCATIONS) {
            String where = describe(location);
            try {
                FileObject file = filer.getResource(location, "", relative);
                where = where + " " + file.toUri().getPath();
                try (InputStream in = file.openInputStream()) {
                    URI uri = file.toUri();
                    return new Lookup(true, lookedIn, "file".equals(uri.getScheme()) ? Path.of(uri) : null);
                }
            } catch (IllegalArgumentException e) {
                // javac's Filer takes only names that are relative URIs; "my bolt.py" is a good file
                // name that is not one. Find the location's resources/ folder, and the file in it.
                Optional<Path> candidate = resourcesFolder(location).map(folder -> folder.resolve(script).normalize());
                if (candidate.isPresent()) {
                    where = where + " " + candidate.get();
                    if (Files.isRegularFile(candidate.get()) && Files.isReadable(candidate.get())) {
                        return new Lookup(true, lookedIn, candidate.get());
                    }
                }
                lookedIn.add(where);
            } catch (IOException | IllegalStateException e) {
                // Not there (or the compiler does not offer this location): look in the next place.
                lookedIn.add(where);
            }
        }
        return new Lookup(false, lookedIn, null);
    }

    /**
     * The {@code resources/} folders a script's imports may come from: the {@code shellgen.resourceDirs}
     * ones and the class output's, where {@code shellgen:vendor} puts {@code site-packages/}.
     */
    public List<Path> resourceFolders() {
        List<Path> folders = new ArrayList<>();
        resourceDirs.forEach(dir -> folders.add(dir.resolve("resources")));
        resourcesFolder(StandardLocation.CLASS_OUTPUT).ifPresent(folders::add);
        return folders;
    }

    /**
     * The packages {@code shellgen:vendor} installed for Storm's blob store, in the build folder
     * (the class output's parent), if there are any.
     */
    public Optional<Path> blobPackages() {
        return buildFolder().map(build -> build.resolve(RuntimeConfig.BLOB_PACKAGES_BUILD_FOLDER)).filter(Files::isDirectory);
    }

    /** The build folder: the class output's parent ({@code target/}), when the class output is on disk. */
    public Optional<Path> buildFolder() {
        return resourcesFolder(StandardLocation.CLASS_OUTPUT).map(Path::getParent).map(Path::getParent);
    }

    /**
     * The {@code resources/} folder of an output location on the file system, if the compiler has
     * one. The Filer refuses folders, but gives an output location's file for any valid name
     * without creating it, so a placeholder name shows the folder. Input locations hand out only
     * files that exist, so they cannot be asked.
     */
    private Optional<Path> resourcesFolder(JavaFileManager.Location location) {
        if (!location.isOutputLocation()) {
            return Optional.empty();
        }
        try {
            URI uri = filer.getResource(location, "", "resources/placeholder").toUri();
            return "file".equals(uri.getScheme()) ? Optional.ofNullable(Path.of(uri).getParent()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
