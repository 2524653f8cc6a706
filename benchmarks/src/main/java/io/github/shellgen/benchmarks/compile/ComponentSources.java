package io.github.shellgen.benchmarks.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a source tree for the compile-time benchmark: {@code topologies} {@code @Topology}
 * interfaces of {@code componentsPerTopology} components each (a Python spout, then a chain of
 * Python bolts alternating shuffle and fields groupings), and the two scripts they name.
 */
public final class ComponentSources {

    static final String PACKAGE = "bench";
    static final String SPOUT_SCRIPT = "source.py";
    static final String BOLT_SCRIPT = "stage.py";

    /** The written tree: the sources to compile and the folder holding resources/ (for -Ashellgen.resourceDirs). */
    public record Tree(List<Path> sources, Path resourceRoot) {

        /** The same tree with more sources, e.g. the ones the processor generated from it. */
        public Tree plus(List<Path> more) {
            List<Path> all = new ArrayList<>(sources);
            all.addAll(more);
            return new Tree(List.copyOf(all), resourceRoot);
        }
    }

    private ComponentSources() {}

    public static Tree write(Path root, int topologies, int componentsPerTopology) throws IOException {
        Path packageDir = Files.createDirectories(root.resolve("java").resolve(PACKAGE));
        List<Path> sources = new ArrayList<>(topologies);
        for (int t = 0; t < topologies; t++) {
            String name = String.format(Locale.ROOT, "Pipeline%04d", t);
            sources.add(Files.writeString(packageDir.resolve(name + ".java"),
                    topology(name, componentsPerTopology), StandardCharsets.UTF_8));
        }
        Path resourceRoot = root.resolve("resources-root");
        Path scripts = Files.createDirectories(resourceRoot.resolve("resources"));
        Files.writeString(scripts.resolve(SPOUT_SCRIPT), "# a spout: only its presence matters here\n");
        Files.writeString(scripts.resolve(BOLT_SCRIPT), "# a bolt: only its presence matters here\n");
        return new Tree(List.copyOf(sources), resourceRoot);
    }

    static String topology(String name, int components) {
        StringBuilder source = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import io.github.shellgen.*;\n\n")
                .append("@Topology(name = \"").append(name.toLowerCase(Locale.ROOT)).append("\")\n")
                .append("public interface ").append(name).append(" {\n\n")
                .append("    @PythonSpout(script = \"").append(SPOUT_SCRIPT).append("\", fields = {\"key\", \"value\"})\n")
                .append("    interface Stage0 {}\n");
        for (int c = 1; c < components; c++) {
            String grouping = c % 2 == 1
                    ? "@FieldsGrouping(from = Stage" + (c - 1) + ".class, fields = \"key\")"
                    : "@ShuffleGrouping(from = Stage" + (c - 1) + ".class)";
            source.append("\n    @PythonBolt(script = \"").append(BOLT_SCRIPT)
                    .append("\", fields = {\"key\", \"value\"}, parallelism = 2)\n")
                    .append("    ").append(grouping).append('\n')
                    .append("    interface Stage").append(c).append(" {}\n");
        }
        return source.append("}\n").toString();
    }
}
