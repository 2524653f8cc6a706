package com.example.wordcount.local;

import com.example.wordcount.WordCountCounterBolt;
import com.example.wordcount.WordCountTopology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The run command's program: runs the generated word-count topology on an in-process Storm cluster
 * with real {@code python3} processes, stops once every sentence has been counted, and prints the
 * result. Argument: the time limit in seconds (default 120).
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
        out.printf(Locale.ROOT, "Running topology \"%s\" on an in-process Storm cluster: %d sentences from %s,"
                + " Python spout and bolts (time limit %d s)...%n", WordCountTopology.NAME, sentences, TEXT_RESOURCE,
                timeout.toSeconds());

        LocalRun.Result result = LocalRun.run(WordCountTopology.NAME,
                LocalRun.withCollector(WordCountTopology.builder(), WordCountCounterBolt.ID),
                WordCountTopology.config(), sentences, timeout);

        print(result, out);
        out.flush();
        // Storm leaves non-daemon threads behind after shutdown; end the JVM explicitly.
        System.exit(result.complete() ? 0 : 1);
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

    static void print(LocalRun.Result result, PrintStream out) {
        out.println();
        if (!result.complete()) {
            out.printf(Locale.ROOT, "INCOMPLETE: only %d of %d sentences were acked (%d failed) before the time limit."
                    + " The log above says why (look for \"ShellBolt\", \"ShellSpout\" or \"Shell Process Exception\").%n",
                    result.acked(), result.expectedSentences(), result.failed());
        }
        out.printf(Locale.ROOT, "Top %d words:%n", TOP);
        result.counts().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(e -> out.printf(Locale.ROOT, "  %-14s %6d%n", e.getKey(), e.getValue()));
        out.println();
        out.printf(Locale.ROOT, "Sentences acked: %d of %d (%d failed and replayed)%n",
                result.acked(), result.expectedSentences(), result.failed());
        out.printf(Locale.ROOT, "Words counted:   %d (%d distinct)%n", result.totalWords(), result.counts().size());
        out.printf(Locale.ROOT, "Elapsed:         %.1f s from submit to last ack (cluster start %.1f s)%n",
                result.submitToLastAck().toMillis() / 1000.0, result.clusterStart().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "Throughput:      %.0f words/s (a small text: start-up dominates)%n",
                result.wordsPerSecond());
    }
}
