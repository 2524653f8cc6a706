package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.storm.utils.ServerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Storm's local mode is told while a run is in progress: it extracts resources/ from the first
 * jar of {@link ServerUtils#currentClasspath()} that has one, else copies the class loader's
 * "resources" directory (LocallyCachedTopologyBlob). This class path has flux-core's jar, which has
 * a resources/ folder of its own.
 */
class ResourcesLocationTest {

    @TempDir
    Path dir;

    @Test
    void aJarHoldingTheScriptsComesFirst() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("resources/splitter.py"));
        }

        try (AutoCloseable using = ResourcesLocation.use(jar)) {
            assertThat(ServerUtils.currentClasspath().split(File.pathSeparator)[0]).isEqualTo(jar.toString());
        }
        assertThat(ServerUtils.currentClasspath()).doesNotContain(jar.toString());
    }

    @Test
    void aDirectoryHoldingTheScriptsWinsOverEveryJarWithAResourcesFolder() throws Exception {
        Files.createDirectories(dir.resolve("resources"));
        assertThat(jarsWithResources(ServerUtils.currentClasspath())).isNotEmpty();

        try (AutoCloseable using = ResourcesLocation.use(dir)) {
            assertThat(jarsWithResources(ServerUtils.currentClasspath())).isEmpty();
            URL resources = ServerUtils.getResourceFromClassloader("resources");
            assertThat(Path.of(resources.toURI())).isEqualTo(dir.resolve("resources"));
        }
        assertThat(jarsWithResources(ServerUtils.currentClasspath())).isNotEmpty();
    }

    private static java.util.List<String> jarsWithResources(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar") && ResourcesLocation.hasResourcesFolder(Path.of(e)))
                .toList();
    }
}
