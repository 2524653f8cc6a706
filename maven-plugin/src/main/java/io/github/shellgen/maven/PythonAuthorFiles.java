package io.github.shellgen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * What a Python author's tools need from storm-shellgen, written where they find it: the runtime
 * ({@code storm.py}, the module behind a script's {@code import storm}), its type stubs
 * ({@code storm.pyi}) and the unit-test helpers ({@code shellgen_testing.py}), all from the runtime's
 * jar, into {@link #FOLDER} of the build folder. The archetype's {@code pyproject.toml} names that
 * folder for pytest, mypy and editors; {@code shellgen:python-test} and {@code shellgen:check} write it.
 */
final class PythonAuthorFiles {

    /** The folder under the build folder ({@code target/}). */
    static final String FOLDER = "shellgen/python";

    private static final String BUNDLED = io.github.shellgen.runtime.RuntimeConfig.PYTHON_RESOURCES;
    private static final List<String> FILES = List.of("storm.py", "storm.pyi", "shellgen_testing.py");

    private PythonAuthorFiles() {}

    /** Writes the files (only those that changed) and returns their folder. */
    static Path write(MavenProject project) throws MojoExecutionException {
        Path folder = Path.of(project.getBuild().getDirectory()).resolve(FOLDER);
        for (String name : FILES) {
            Path file = folder.resolve(name);
            try (InputStream in = PythonAuthorFiles.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new MojoExecutionException("shellgen-runtime has no " + BUNDLED + name
                            + ": the plugin and the runtime on its class path are not the same version");
                }
                byte[] content = in.readAllBytes();
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), content)) {
                    Files.createDirectories(folder);
                    Files.write(file, content);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write " + file + ": " + e, e);
            }
        }
        return folder;
    }

    /** The project's folders that merge into the jar's {@code resources/}: where its scripts are. */
    static List<Path> scriptFolders(MavenProject project) {
        List<Path> folders = new ArrayList<>();
        for (Resource resource : project.getBuild().getResources()) {
            Path folder = Path.of(resource.getDirectory()).resolve("resources");
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** The packages {@code shellgen:vendor} put into the jar, or into the blob store's folder. */
    static List<Path> vendoredPackages(MavenProject project) {
        List<Path> folders = new ArrayList<>();
        Path jar = Path.of(project.getBuild().getOutputDirectory()).resolve("resources").resolve(VendorMojo.PACKAGES_FOLDER);
        Path blob = Path.of(project.getBuild().getDirectory())
                .resolve(io.github.shellgen.runtime.RuntimeConfig.BLOB_PACKAGES_BUILD_FOLDER);
        for (Path folder : List.of(blob, jar)) {
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }
}
