package io.github.shellgen.runtime.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Python runtime laid out as the processor writes it into a topology's resources folder
 * (its {@code ShellgenRuntimeFiles} owns that layout): the launcher and storm.py in {@code shellgen/}.
 */
final class PythonRuntimeFiles {

    static final String LAUNCHER = "shellgen/run.py";
    private static final List<String> FILES = List.of("run.py", "storm.py");

    private PythonRuntimeFiles() {}

    static void layOut(Path resources) throws IOException {
        Path folder = Files.createDirectories(resources.resolve(LAUNCHER).getParent());
        for (String file : FILES) {
            Files.write(folder.resolve(file), read("/io/github/shellgen/runtime/python/" + file));
        }
    }

    /** A file of this module's resources (or test resources). */
    static byte[] read(String resource) throws IOException {
        try (InputStream in = PythonRuntimeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
