package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar deployed the way the {@code storm} command deploys it locally: a new JVM whose
 * class path is the jar followed by Storm's jars, running {@code org.apache.storm.LocalCluster}
 * with the main class ({@code storm local <jar> <main> <args>}, the local twin of
 * {@code storm jar}). Both entry points of the README are run: the generated topology class and
 * stock Flux with {@code -R /wordcount.yaml}. With {@code topology.debug} on, Storm logs every
 * tuple the counter emits; the test reads those until each word has its exact count.
 */
class StormLocalIT {

    private static final Pattern COUNTER_EMIT =
            Pattern.compile("componentId=counter stream=default values=\\[([^,\\]]+), (\\d+)\\]");
    private static final long DEADLINE_MILLIS = TimeUnit.SECONDS.toMillis(120);

    @TempDir
    Path tmp;

    @BeforeAll
    static void createTheBuildsTempDirectory() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))); // under target/, maybe not made yet
    }

    @Test
    void generatedTopologyMainRunsFromTheJar() throws Exception {
        assertCountsExact(runUntilCounted(WordCountTopology.class.getName()));
    }

    @Test
    void stockFluxRunsTheGeneratedYamlFromTheJar() throws Exception {
        assertCountsExact(runUntilCounted(
                "org.apache.storm.flux.Flux", "--local", "-R", WordCountTopology.FLUX_RESOURCE));
    }

    private static void assertCountsExact(Map<String, Long> counts) throws Exception {
        assertThat(counts).containsExactlyEntriesIn(ExpectedCounts.ofExampleText());
    }

    /** Starts {@code storm local}'s equivalent and reads the counter's emits until all words are counted. */
    private Map<String, Long> runUntilCounted(String... mainAndArgs) throws Exception {
        Map<String, Long> expected = ExpectedCounts.ofExampleText();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-Dlog4j.configurationFile=" + Path.of("target", "test-classes", "log4j2-emits.xml").toAbsolutePath(),
                "-Dstorm.options=topology.debug=true",
                "-Dstorm.local.sleeptime=" + TimeUnit.MILLISECONDS.toSeconds(DEADLINE_MILLIS),
                "-Dstorm.jar=" + jar(),
                "-cp", jar() + File.pathSeparator + requiredProperty("wordcount.stormClasspath"),
                "org.apache.storm.LocalCluster"));
        command.addAll(List.of(mainAndArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> counts = new TreeMap<>();
        List<String> tail = new ArrayList<>();
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!counts.equals(expected) && System.currentTimeMillis() < deadline
                    && (line = out.readLine()) != null) {
                Matcher emit = COUNTER_EMIT.matcher(line);
                if (emit.find()) {
                    counts.merge(emit.group(1), Long.parseLong(emit.group(2)), Math::max);
                } else if (!line.startsWith("INFO")) {
                    tail.add(line);
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        assertWithMessage("output of %s other than emits:%n%s", String.join(" ", command),
                String.join("\n", tail.subList(Math.max(0, tail.size() - 40), tail.size())))
                .that(counts).isEqualTo(expected);
        return counts;
    }

    private static String jar() {
        return Path.of(requiredProperty("wordcount.jar")).toAbsolutePath().toString();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        assertWithMessage("system property %s (set by the failsafe configuration)", name).that(value).isNotEmpty();
        return value;
    }
}
