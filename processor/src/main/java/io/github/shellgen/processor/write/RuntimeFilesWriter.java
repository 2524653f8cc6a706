package io.github.shellgen.processor.write;

import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Copies storm-shellgen's Python runtime, which shellgen-runtime's jar carries beside the JVM end of
 * its wire, into the class output's {@code resources/} folder, so it ends up in the jar next to the
 * scripts.
 */
public final class RuntimeFilesWriter {

    /** Where shellgen-runtime's jar holds the Python runtime's files, by file name. */
    private static final String BUNDLED = io.github.shellgen.runtime.RuntimeConfig.PYTHON_RESOURCES;

    private final Filer filer;

    public RuntimeFilesWriter(Filer filer) {
        this.filer = filer;
    }

    /** Writes every runtime file; {@code originating} are the topologies that run on the runtime. */
    public void write(Element... originating) throws IOException {
        for (String file : ShellgenRuntimeFiles.FILES) {
            FileObject output = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "resources/" + file, originating);
            try (OutputStream out = output.openOutputStream()) {
                out.write(bundled(file));
            }
        }
    }

    /** The runtime file {@code file} (relative to {@code resources/}) as shellgen-runtime carries it. */
    public static byte[] bundled(String file) throws IOException {
        String name = BUNDLED + file.substring(file.lastIndexOf('/') + 1);
        try (InputStream in = RuntimeFilesWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing: storm-shellgen's processor reads it from shellgen-runtime's"
                        + " jar, which must be on the processor path");
            }
            return in.readAllBytes();
        }
    }
}
