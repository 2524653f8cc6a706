package io.github.shellgen.testing;

import io.github.shellgen.diagram.Diagrams;
import io.github.shellgen.diagram.TopologyGraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.storm.utils.VersionInfo;

/**
 * The program {@code mvn shellgen:run} starts in a JVM of its own: runs one topology with
 * {@link LocalTopology} until its work is done, printing a progress line about once a second, then
 * the per-component table and the errors. Exit status 0 when the run finished and no tuple tree
 * failed for good, 1 otherwise, 2 for a topology that could not be run at all.
 *
 * <p>Arguments: the generated topology class, then optionally {@code --quiet-period=SECONDS},
 * {@code --time-limit=SECONDS} and {@code --diagrams=FOLDER}, where the topology's diagram is
 * written with the run's counts.
 */
public final class RunMain {

    private RunMain() {}

    public static void main(String[] args) {
        // Storm leaves non-daemon threads behind after a local cluster stops: end the JVM explicitly.
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(TestingMessage.RUN_USAGE.format());
            return 2;
        }
        Duration quiet = LocalTopology.DEFAULT_QUIET_PERIOD;
        Duration limit = null; // LocalTopology's, unless given
        Path diagrams = null;
        String debug = null;
        String debugger = io.github.shellgen.runtime.Debugging.DEFAULT_DEBUGGER;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--quiet-period=")) {
                quiet = seconds(args[i], "--quiet-period=");
            } else if (args[i].startsWith("--time-limit=")) {
                limit = seconds(args[i], "--time-limit=");
            } else if (args[i].startsWith("--debug=")) {
                debug = args[i].substring("--debug=".length());
            } else if (args[i].startsWith("--debugger=")) {
                debugger = args[i].substring("--debugger=".length());
            } else if (args[i].startsWith("--diagrams=")) {
                diagrams = Path.of(args[i].substring("--diagrams=".length()));
            } else {
                err.println(TestingMessage.RUN_UNKNOWN_ARGUMENT.format(args[i]));
                return 2;
            }
        }
        LocalTopology topology;
        try {
            topology = LocalTopology.of(Class.forName(args[0]));
            if (debug != null) {
                String[] parts = debug.split(":", 2);
                int port = io.github.shellgen.runtime.Debugging.DEFAULT_PORT;
                try {
                    port = parts.length == 2 ? Integer.parseInt(parts[1]) : port;
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (parts[0].isEmpty() || port < 1) {
                    err.println(TestingMessage.RUN_BAD_DEBUG.format(io.github.shellgen.runtime.Debugging.DEFAULT_PORT,
                            debug));
                    return 2;
                }
                try {
                    topology.debug(parts[0], port, debugger);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 2;
                }
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            StringBuilder causes = new StringBuilder(e.toString());
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                causes.append("; caused by ").append(cause);
            }
            err.println(TestingMessage.RUN_CANNOT_LOAD.format(args[0], causes));
            return 2;
        }
        if (limit != null) {
            topology.timeLimit(limit);
        }
        out.print(TestingMessage.RUN_STARTING.format(topology.name(), args[0], VersionInfo.getVersion(), quiet.toSeconds(),
                topology.effectiveTimeLimit().toSeconds()));
        out.flush();
        try {
            // It prints counts only: keeping every emitted tuple would grow without end on endless input.
            TopologyRun run = topology.quietPeriod(quiet).captureOnly()
                    .onProgress(p -> {
                        out.println(p.line());
                        out.flush();
                    })
                    .run();
            out.println();
            out.print(run.report());
            writeDiagrams(run, diagrams, out);
            if (run.succeeded()) {
                out.print(run.treesInWindows() == 0 ? TestingMessage.RUN_ALL_ACKED.format(run.name())
                        : TestingMessage.RUN_ACKED_BUT_IN_WINDOWS.format(run.name(), run.treesInWindows() == 1
                                ? "the one" : "the " + run.treesInWindows()));
                return 0;
            }
            out.print(TestingMessage.RUN_FAILED_FOR_GOOD.format(run.name(), run.treesFailedForGood()));
            return 1;
        } catch (ComponentStartException e) {
            err.println(e.getMessage());
            return 1;
        } catch (ComponentStoppedException e) {
            return stopped(e.run(), e.getMessage(), diagrams, out, err);
        } catch (TimeLimitExceededException e) {
            return stopped(e.run(), e.getMessage(), diagrams, out, err);
        } catch (Exception e) {
            err.println(TestingMessage.RUN_FAILED.format(topology.name(), e));
            e.printStackTrace(err);
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A run that was stopped: what it saw, then why. */
    private static int stopped(TopologyRun run, String why, Path diagrams, PrintStream out, PrintStream err) {
        out.println();
        out.print(run.report());
        writeDiagrams(run, diagrams, out);
        err.println(why);
        return 1;
    }

    /** The topology's diagram with the run's counts, in {@code folder} (if given). */
    private static void writeDiagrams(TopologyRun run, Path folder, PrintStream out) {
        if (folder == null) {
            return;
        }
        Optional<TopologyGraph> graph = run.diagram();
        if (graph.isEmpty()) {
            out.print(TestingMessage.RUN_NO_DIAGRAM.format(TopologyGraph.resource(run.name())));
            return;
        }
        try {
            Files.createDirectories(folder);
            Map<String, String> files = Diagrams.files(graph.get());
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
            }
            out.print(TestingMessage.RUN_DIAGRAM.format(folder.resolve(Diagrams.svgFile(run.name())),
                    folder.resolve(Diagrams.markdownFile(run.name()))));
        } catch (IOException | RuntimeException e) {
            out.print(TestingMessage.RUN_DIAGRAM_NOT_WRITTEN.format(folder, e));
        }
    }

    private static Duration seconds(String argument, String prefix) {
        try {
            long value = Long.parseLong(argument.substring(prefix.length()));
            if (value > 0) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(TestingMessage.RUN_NOT_SECONDS.format(argument));
    }
}
