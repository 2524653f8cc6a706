package io.github.shellgen.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.apache.storm.utils.ServerUtils;

/**
 * The resources trap, handled: in local mode Storm starts every shell component in a copy of the
 * {@code resources/} folder of the first <em>jar</em> on the class path that has one, and of a
 * class-path directory only when no jar has one. Flux's and {@code multilang-python}'s jars have
 * their own, so a project's scripts in {@code target/classes} (or in a jar further down) are not
 * found, and Storm says only "Pipe to subprocess seems to be broken!". While a run is in progress,
 * Storm is told (through {@link ServerUtils#setInstance}, the seam Storm's own tests use) that the
 * location holding the topology's scripts, jar or directory, is the one to take.
 */
final class ResourcesLocation extends ServerUtils {

    static final String FOLDER = "resources";

    private final Path location;
    private final boolean jar;

    private ResourcesLocation(Path location) {
        this.location = location;
        this.jar = Files.isRegularFile(location);
    }

    /** The class-path entry (jar or directory) a class was loaded from, if it has a resources/ folder. */
    static Optional<Path> of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path entry = Path.of(source.getLocation().toURI());
            return hasResourcesFolder(entry) ? Optional.of(entry) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Makes Storm take resources/ from {@code location} until the returned handle is closed. */
    static AutoCloseable use(Path location) {
        ServerUtils previous = ServerUtils.setInstance(new ResourcesLocation(location));
        return () -> ServerUtils.setInstance(previous);
    }

    @Override
    public String currentClasspathImpl() {
        String classPath = super.currentClasspathImpl();
        if (jar) {
            return location + File.pathSeparator + classPath;
        }
        // A directory wins only if no jar on the class path has a resources/ folder.
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !(entry.endsWith(".jar") && hasResourcesFolder(Path.of(entry))))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Override
    public URL getResourceFromClassloaderImpl(String name) {
        if (!jar && FOLDER.equals(name)) {
            try {
                return location.resolve(FOLDER).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return super.getResourceFromClassloaderImpl(name);
    }

    static boolean hasResourcesFolder(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(FOLDER));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile file = new JarFile(entry.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith(FOLDER + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry, e);
        }
    }
}
