package com.example.wordcount.local;

import com.example.wordcount.WordCountCounterBolt;
import com.example.wordcount.WordCountTopology;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TimeLimitExceededException;
import io.github.shellgen.testing.TopologyRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run command's program: runs the generated word-count topology with shellgen-testing's
 * {@link LocalTopology} (an in-process Storm cluster, real {@code python3} processes), which stops
 * once every sentence has been counted, and prints the result. Argument: the time limit in seconds
 * (default 120).
 */
public final class LocalWordCount {

    /** The text the spout reads, as the classpath sees it (the spout opens it in resources/). */
    public static final String TEXT_RESOURCE = "/resources/sentences.txt";

    private static final int TOP = 20;

    /** The interpreter the word count's components run (the annotations' default). */
    private static final String INTERPRETER = "python3";

    private LocalWordCount() {}

    public static void main(String[] args) throws Exception {
        Duration timeout = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 120);
        PrintStream out = System.out;
        if (!interpreterRuns(INTERPRETER)) {
            System.err.printf(Locale.ROOT, "Cannot run \"%s\": the word count's spout and bolts are Python scripts"
                    + " that Storm starts with it. Install Python 3 so that \"%s\" is on the PATH, then run again.%n",
                    INTERPRETER, INTERPRETER);
            System.exit(2);
        }
        long sentences = countSentences();
        out.printf(Locale.ROOT, "Running topology \"%s\" on an in-process Storm %s cluster: %d sentences from %s,"
                + " Python spout and bolts (time limit %d s)...%n", WordCountTopology.NAME,
                org.apache.storm.utils.VersionInfo.getVersion(), sentences, TEXT_RESOURCE, timeout.toSeconds());
        out.flush();

        TopologyRun run;
        try {
            run = LocalTopology.of(WordCountTopology.class)
                    .timeLimit(timeout)
                    .captureOnly(WordCountCounterBolt.ID)
                    .run();
        } catch (TimeLimitExceededException e) {
            run = e.run();
            out.println();
            out.println("INCOMPLETE: " + e.getMessage());
        }
        print(run, sentences, out);
        out.flush();
        // Storm leaves non-daemon threads behind after shutdown; end the JVM explicitly.
        System.exit(run.succeeded() && run.treesAcked() == sentences ? 0 : 1);
    }

    /**
     * The counts the counter arrived at: it emits (word, running count) for every occurrence, so
     * a word's count is the highest it emitted.
     */
    public static Map<String, Long> finalCounts(List<List<Object>> counterTuples) {
        Map<String, Long> counts = new TreeMap<>();
        for (List<Object> tuple : counterTuples) {
            counts.merge((String) tuple.get(0), ((Number) tuple.get(1)).longValue(), Math::max);
        }
        return counts;
    }

    /**
     * Whether {@code interpreter --version} runs. Without this check a missing interpreter shows
     * only as Storm's "Pipe to subprocess seems to be broken!" and a halted worker.
     */
    static boolean interpreterRuns(String interpreter) {
        try {
            Process process = new ProcessBuilder(interpreter, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Non-blank lines of the text: the spout emits one sentence per non-blank line. */
    public static long countSentences() throws IOException {
        try (InputStream in = LocalWordCount.class.getResourceAsStream(TEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TEXT_RESOURCE + " is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .count();
        }
    }

    static void print(TopologyRun run, long sentences, PrintStream out) {
        Map<String, Long> counts = finalCounts(run.emitted(WordCountCounterBolt.ID));
        long words = counts.values().stream().mapToLong(Long::longValue).sum();
        out.println();
        out.printf(Locale.ROOT, "Top %d words:%n", TOP);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(e -> out.printf(Locale.ROOT, "  %-14s %6d%n", e.getKey(), e.getValue()));
        out.println();
        out.print(run.report());
        out.println();
        out.printf(Locale.ROOT, "Sentences acked: %d of %d (%d failed and replayed)%n",
                run.treesAcked(), sentences, run.treesFailed());
        out.printf(Locale.ROOT, "Words counted:   %d (%d distinct)%n", words, counts.size());
        double seconds = (run.lastTreeAcked().toNanos() - run.firstTreeAcked().toNanos()) / 1e9;
        out.printf(Locale.ROOT, "Throughput:      %.0f words/s from the first to the last ack (a small text:"
                + " start-up dominates)%n", seconds > 0 ? words / seconds : 0);
    }
}
