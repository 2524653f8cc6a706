package io.github.shellgen.maven;

import io.github.shellgen.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The topologies of a built project, read from the index the processor writes (one file per
 * topology under {@link Topology#INDEX_FOLDER}, holding its generated class), in a jar or a class
 * output directory.
 */
final class ProjectTopologies {

    private final Path output;
    private final Map<String, String> classByName;

    private ProjectTopologies(Path output, Map<String, String> classByName) {
        this.output = output;
        this.classByName = classByName;
    }

    static ProjectTopologies in(Path output) throws IOException {
        Map<String, String> classByName = new TreeMap<>();
        if (Files.isDirectory(output)) {
            Path index = output.resolve(Topology.INDEX_FOLDER);
            if (Files.isDirectory(index)) {
                try (Stream<Path> files = Files.list(index)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        classByName.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8).strip());
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(output.toFile())) {
                for (JarEntry entry : jar.stream().toList()) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(Topology.INDEX_FOLDER)
                            && name.indexOf('/', Topology.INDEX_FOLDER.length()) < 0) {
                        classByName.put(name.substring(Topology.INDEX_FOLDER.length()),
                                new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8).strip());
                    }
                }
            }
        }
        return new ProjectTopologies(output, classByName);
    }

    /** Topology name to generated class, sorted by name. */
    Map<String, String> all() {
        return classByName;
    }

    /**
     * The generated class of the topology to run: the one named, or the only one.
     *
     * @throws IllegalArgumentException naming what there is to choose from, and how
     */
    String choose(String name) {
        if (classByName.isEmpty()) {
            throw new IllegalArgumentException("No storm-shellgen topology in " + output + ": nothing there was generated"
                    + " from a @Topology interface. Check that shellgen-processor is in the compiler plugin's"
                    + " annotationProcessorPaths (see docs/getting-started.md) and that the project compiled.");
        }
        if (name == null || name.isBlank()) {
            if (classByName.size() == 1) {
                return classByName.values().iterator().next();
            }
            throw new IllegalArgumentException("The project has " + classByName.size() + " topologies: "
                    + String.join(", ", classByName.keySet()) + ". Choose one with -Dshellgen.topology=<name>.");
        }
        String chosen = classByName.get(name);
        if (chosen == null) {
            throw new IllegalArgumentException("No topology \"" + name + "\" in " + output + "; its topologies are: "
                    + String.join(", ", classByName.keySet()) + ".");
        }
        return chosen;
    }
}
