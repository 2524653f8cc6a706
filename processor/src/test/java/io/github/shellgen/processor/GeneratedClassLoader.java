package io.github.shellgen.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a compilation wrote to its (in-memory) class output, so tests can run the
 * generated code. Everything else, Storm included, comes from the test class loader.
 */
final class GeneratedClassLoader extends ClassLoader {

    private static final String CLASS_OUTPUT_PREFIX = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    GeneratedClassLoader(Compilation compilation) {
        super(GeneratedClassLoader.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(CLASS_OUTPUT_PREFIX)) {
                String binaryName = path.substring(CLASS_OUTPUT_PREFIX.length(), path.length() - ".class".length())
                        .replace('/', '.');
                classes.put(binaryName, read(file));
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    private static byte[] read(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.toUri(), e);
        }
    }
}
