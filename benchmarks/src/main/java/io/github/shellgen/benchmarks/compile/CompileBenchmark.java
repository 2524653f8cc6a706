package io.github.shellgen.benchmarks.compile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The processor's compile-time cost: the same generated interfaces compiled without and with
 * storm-shellgen's processor, and, to split the difference, the interfaces plus the sources the
 * processor generated compiled without it. Each kind several times, in rotating order, in this
 * JVM after one warm-up compile of each on the same tree; prints the medians as a Markdown table.
 * The processor is loaded afresh for every compile, as a build loads it.
 */
public final class CompileBenchmark {

    /** Components per {@code @Topology} interface: 1,000 components are 100 interfaces. */
    public static final int COMPONENTS_PER_TOPOLOGY = 10;

    private static final String HEADER = """
            | components (interfaces × %d) | without processor, -proc:none (s) | with the processor (s) | ratio | interfaces + the generated sources, -proc:none (s) | files generated |
            |---|--:|--:|--:|--:|--:|""";

    /** The three kinds of compile, in the order of the table's columns. */
    private enum Kind { WITHOUT, WITH, PREGENERATED }

    private CompileBenchmark() {}

    public static void run(List<Integer> componentCounts, int repetitions, Path workDir, PrintStream out)
            throws IOException {
        out.println(String.format(Locale.ROOT, HEADER, COMPONENTS_PER_TOPOLOGY));
        for (int components : componentCounts) {
            int topologies = Math.max(1, components / COMPONENTS_PER_TOPOLOGY);
            Path root = workDir.resolve("compile-" + components);
            ComponentSources.Tree interfaces = ComponentSources.write(root, topologies, COMPONENTS_PER_TOPOLOGY);
            Path output = root.resolve("out");
            long generated = JavacRun.compile(interfaces, true, output).generatedFiles();
            ComponentSources.Tree pregenerated =
                    interfaces.plus(JavacRun.keepGeneratedSources(output, root.resolve("pregenerated")));
            // javac's code is cold in a new JVM and its heap sized for the last tree: one unmeasured
            // compile of each kind first, on this tree.
            for (Kind kind : Kind.values()) {
                compile(kind, interfaces, pregenerated, output);
            }
            List<List<Duration>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int rep = 0; rep < repetitions; rep++) {
                // Rotate the order, so no kind always runs on a heap another left behind.
                for (int k = 0; k < Kind.values().length; k++) {
                    Kind kind = Kind.values()[(k + rep) % Kind.values().length];
                    times.get(kind.ordinal()).add(compile(kind, interfaces, pregenerated, output));
                }
            }
            double without = median(times.get(Kind.WITHOUT.ordinal()));
            double with = median(times.get(Kind.WITH.ordinal()));
            out.printf(Locale.ROOT, "| %,d (%,d × %d) | %.2f | %.2f | %.2f | %.2f | %,d |%n",
                    topologies * COMPONENTS_PER_TOPOLOGY, topologies, COMPONENTS_PER_TOPOLOGY, without, with,
                    with / without, median(times.get(Kind.PREGENERATED.ordinal())), generated);
            out.flush();
        }
    }

    private static Duration compile(Kind kind, ComponentSources.Tree interfaces, ComponentSources.Tree pregenerated,
            Path output) throws IOException {
        ComponentSources.Tree tree = kind == Kind.PREGENERATED ? pregenerated : interfaces;
        return JavacRun.compile(tree, kind == Kind.WITH, output).elapsed();
    }

    static double median(List<Duration> durations) {
        List<Double> seconds = durations.stream().map(d -> d.toNanos() / 1e9).sorted().toList();
        int middle = seconds.size() / 2;
        return seconds.size() % 2 == 1 ? seconds.get(middle) : (seconds.get(middle - 1) + seconds.get(middle)) / 2;
    }
}
