package com.example.wordcount;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.example.slugs.ExpectedSlugs;
import com.example.slugs.SlugsTopology;
import com.example.statefulcount.StatefulCountTopology;
import com.example.trending.ExpectedTrending;
import com.example.trending.TrendingTopology;
import io.github.shellgen.testing.RedisServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's shaded jar on a real Storm cluster (ZooKeeper, Nimbus, a Supervisor and its
 * workers, each a JVM of its own; python3 subprocesses under the workers), deployed as a user
 * would: with the plugin's deploy goals through a real {@code mvn} (submit, status, logs, rebalance,
 * kill; stock Flux with deploy-time overrides; Python packages through the blob store), and as
 * {@code storm jar} does (the generated main and stock Flux run with {@code storm.jar}). The counts
 * are checked exactly, per word, from what the counter emitted (the worker logs every emit with
 * {@code topology.debug}), and against Nimbus' figures; a worker JVM killed with SIGKILL is
 * restarted by the Supervisor, its Python processes do not outlive it, and the new worker counts
 * everything again exactly.
 */
class ClusterIT {

    private static final Path JAR = Path.of(System.getProperty("wordcount.jar"));
    private static final Duration RUN_LIMIT = Duration.ofSeconds(150);
    /** How long the slugs bolt loads: past the heartbeat timeout it is submitted with. */
    private static final int SLOW_START_SECS = 8;
    private static final int HEARTBEAT_TIMEOUT_SECS = 5;
    /** What the worker logs for each emit when {@code topology.debug} is on. */
    private static final Pattern COUNTER_EMIT =
            Pattern.compile("Emitting Tuple: taskId=\\d+ componentId=counter stream=default values=\\[(.+), (\\d+)\\]");

    private static final Pattern SLUGGER_EMIT = Pattern.compile(
            "Emitting Tuple: taskId=\\d+ componentId=slugger stream=default values=\\[(.*), ([a-z0-9-]*)\\]$",
            Pattern.MULTILINE);

    /** What the trending and late-posts scripts print, as the worker logs it. */
    private static final Pattern SCRIPT_LINE = Pattern.compile(
            "ShellLog pid:\\d+, name:(?:trends|latePosts) (trending .*|late post .*)$", Pattern.MULTILINE);

    private static RealCluster cluster;
    /** Where the stateful word count keeps its state: a real redis-server beside the cluster. */
    private static RedisServer redis;
    private static Map<String, Long> expected;
    private static long sentences;
    /** Where the Maven runs of the deploy goals write their output. */
    private static Path logs;

    @BeforeAll
    static void startCluster() throws Exception {
        expected = ExpectedCounts.ofExampleText();
        sentences = ExpectedCounts.sentences();
        Path dir = Files.createDirectories(Path.of("target", "cluster", "run-" + System.currentTimeMillis()))
                .toAbsolutePath();
        logs = Files.createDirectories(dir.resolve("mvn"));
        redis = RedisServer.start(dir.resolve("redis"));
        cluster = RealCluster.start(dir, System.getProperty("wordcount.stormClasspath"));
    }

    @AfterAll
    static void stopCluster() {
        if (redis != null) {
            redis.close();
        }
        if (cluster == null) {
            return;
        }
        List<ProcessHandle> started = cluster.supervisorDescendants();
        cluster.close();
        assertWithMessage("processes left after the cluster stopped")
                .that(started.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList()).isEmpty();
    }

    /**
     * The whole life of a deployment, through Maven as a user runs it ({@code mvn shellgen:...} on
     * this module, no Storm installation): submit (the generated main; the Nimbus address from a
     * storm.yaml), a second submit refused because the name is taken, one that Nimbus refuses, one
     * for which no slot is free (then both listed, and that one killed), the exact figures from
     * {@code shellgen:status}, a Python process killed and its report read with {@code shellgen:logs},
     * a rebalance, and {@code shellgen:kill}.
     */
    @Test
    void theDeployGoalsSubmitReportRebalanceAndKillIt() throws Exception {
        String nimbus = "-Dshellgen.nimbus=" + cluster.nimbusAddress();
        String name = "-Dshellgen.topology=" + WordCountTopology.NAME;
        String submitted = MavenGoal.succeed(logs, "shellgen:submit", name, "-Dshellgen.stormConf=" + cluster.confFile(),
                "-Dshellgen.conf=topology.debug=true");
        String id = cluster.topologyId(WordCountTopology.NAME);
        assertThat(submitted).contains("Submitted: topology \"wordcount\" has id " + id + ".");
        int executors = cluster.nimbus(n -> n.getTopologyInfo(id)).get_executors_size(); // the acker's too
        assertThat(submitted).containsMatch("Running: " + executors + " executors in 1 worker\\(s\\) \\(localhost:\\d+\\)");
        try {
            MavenGoal.Result again = MavenGoal.run(logs, "shellgen:submit", name, nimbus);
            assertWithMessage(again.output()).that(again.status()).isNotEqualTo(0);
            assertThat(again.output()).contains("A topology named \"wordcount\" already runs on Nimbus");
            // A component larger than a worker may be: Nimbus refuses it, and the goal says Nimbus' reason.
            MavenGoal.Result refused = MavenGoal.run(logs, "shellgen:submit", "-Dshellgen.topology=" + SlugsTopology.NAME,
                    nimbus, "-Dshellgen.conf=topology.component.resources.onheap.memory.mb=100000");
            assertWithMessage(refused.output()).that(refused.status()).isNotEqualTo(0);
            assertThat(refused.output()).containsMatch("Topology \"slugs\" was not submitted: InvalidTopologyException\\(msg:"
                    + "Topology will not be able to be successfully scheduled: .*\\. The submitter's whole output: ");
            // The word count holds the Supervisor's only slot: accepted, but no room; it stays, waiting, until killed.
            MavenGoal.Result noRoom = MavenGoal.run(logs, "shellgen:submit", "-Dshellgen.topology=" + TrendingTopology.NAME,
                    nimbus, "-Dshellgen.slotWait=5");
            assertWithMessage(noRoom.output()).that(noRoom.status()).isNotEqualTo(0);
            assertThat(noRoom.output()).contains("Nimbus cannot schedule \"trending\": no worker slot is free (all 1 slots"
                    + " of the cluster's Supervisors are in use, for 5 s, -Dshellgen.slotWait)");
            String listed = MavenGoal.succeed(logs, "shellgen:list", nimbus);
            assertThat(listed).contains("2 topologies");
            assertThat(listed).containsMatch("trending\\s+trending-\\S+\\s+ACTIVE\\s+\\d+ s\\s+0\\s");
            assertThat(listed).containsMatch("wordcount\\s+" + id + "\\s+ACTIVE\\s+\\d+ s\\s+1\\s+" + executors + "\\s");
            MavenGoal.succeed(logs, "shellgen:kill", "-Dshellgen.topology=" + TrendingTopology.NAME, nimbus,
                    "-Dshellgen.wait=0");

            awaitExactCounts(id);
            long words = expected.values().stream().mapToLong(Long::longValue).sum();
            String status = MavenGoal.succeed(logs, "shellgen:status", name, nimbus);
            assertThat(status).containsMatch("sentences\\s+spout\\s+" + number(sentences) + "\\s+-\\s+"
                    + number(sentences) + "\\s+0\\s+python3 shellgen/run.py sentencespout.py");
            assertThat(status).containsMatch("counter\\s+bolt\\s+" + number(words) + "\\s+" + number(words) + "\\s+"
                    + number(words) + "\\s+0\\s+python3 shellgen/run.py countbolt.py");
            assertThat(status).contains("Every tuple counted");
            assertThat(status).contains("Errors reported: none");

            ProcessHandle worker = onlyWorker(id);
            ProcessHandle splitter = worker.descendants()
                    .filter(p -> RealCluster.commandLine(p).contains("splitbolt.py")).findFirst().orElseThrow();
            splitter.destroyForcibly();
            cluster.await("the splitter's report to reach Nimbus", Duration.ofSeconds(60), () -> !cluster.nimbus(
                    n -> n.getComponentPageInfo(id, "splitter", ":all-time", false)).get_errors().isEmpty());
            String reports = MavenGoal.succeed(logs, "shellgen:logs", name, nimbus, "-Dshellgen.component=splitter");
            assertThat(reports).contains("splitter: 1 error(s) reported");
            assertThat(reports).contains("its subprocess (pid " + splitter.pid() + ", `python3 shellgen/run.py"
                    + " splitbolt.py`) was killed by signal 9");
            // No logviewer runs here: the goal says where the worker log is instead.
            assertThat(reports).containsMatch("no logviewer answered at localhost:\\d+ .*Its log is workers-artifacts/"
                    + id + "/\\d+/worker.log");

            String rebalanced = MavenGoal.succeed(logs, "shellgen:rebalance", name, nimbus,
                    "-Dshellgen.parallelism=splitter=1", "-Dshellgen.wait=0");
            assertThat(rebalanced).contains("Topology \"wordcount\" is rebalanced and running.");
            assertThat(cluster.nimbus(n -> n.getTopologyInfo(id)).get_executors().stream()
                    .filter(e -> e.get_component_id().equals("splitter")).count()).isEqualTo(1);
            MavenGoal.Result tooMany = MavenGoal.run(logs, "shellgen:rebalance", name, nimbus,
                    "-Dshellgen.parallelism=splitter=3");
            assertThat(tooMany.output()).contains("Component \"splitter\" of \"wordcount\" can have 1 to 2 executors");

            cluster.await("one worker after the rebalance", Duration.ofSeconds(60), () -> cluster.workers(id).size() == 1);
            List<ProcessHandle> python = onlyWorker(id).descendants()
                    .filter(p -> p.info().command().orElse("").contains("python")).toList();
            // A process per task, and tasks are fixed at submission: the splitter's one executor runs both of its tasks.
            assertWithMessage("python3 processes under the worker").that(python).hasSize(5); // 1 spout, 2 + 2 bolts
        } finally {
            String killed = MavenGoal.succeed(logs, "shellgen:kill", name, nimbus, "-Dshellgen.wait=0");
            assertThat(killed).contains("Topology \"wordcount\" is killed: the Supervisors have stopped its 1 worker(s).");
        }
        assertNothingLeftUnderTheSupervisor();
    }

    private static String number(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /**
     * The stateful word count, its state in Redis: the worker JVM killed mid-stream takes its Python
     * processes with it, and is restarted by the Supervisor; Storm's checkpoint spout rolls the state
     * back to the last commit, the new
     * worker's spout emits every sentence again, and the counts in Redis end exact, none counted twice.
     */
    @Test
    void aStatefulCountSurvivesAKilledWorkerExactlyWithItsStateInRedis() throws Exception {
        int rounds = 60;
        String printed = cluster.submitWith(stormOption(RedisServer.STATE_CONFIG_KEY, redis.stateConfig())
                        + ",statefulcount.rounds=" + rounds + ",statefulcount.pause=0.005",
                JAR, StatefulCountTopology.class.getName(), StatefulCountTopology.NAME);
        assertThat(printed).contains("Finished submitting topology: " + StatefulCountTopology.NAME);
        String id = cluster.topologyId(StatefulCountTopology.NAME);
        Map<String, Long> expectedCounts = StatefulCounts.expected(rounds);
        long allSentences = rounds * sentences;
        try {
            cluster.await("a checkpoint to commit some counts", RUN_LIMIT,
                    () -> StatefulCounts.in(redis).sentences() > 0);
            StatefulCounts before = StatefulCounts.in(redis);
            assertWithMessage("killed mid-stream").that(before.sentences()).isLessThan(allSentences);
            ProcessHandle worker = onlyWorker(id);
            List<ProcessHandle> python = worker.descendants()
                    .filter(p -> p.info().command().orElse("").contains("python")).toList();
            assertWithMessage("python3 processes under the worker").that(python).isNotEmpty();
            worker.destroyForcibly();
            worker.onExit().join();
            // The runtime's reaper: the killed worker's Python processes end with it.
            cluster.await("the killed worker's Python processes to end", Duration.ofSeconds(15),
                    () -> python.stream().noneMatch(ProcessHandle::isAlive));

            StringBuilder last = new StringBuilder();
            try {
                cluster.await("the counts in Redis to be complete", RUN_LIMIT, () -> {
                    StatefulCounts now = StatefulCounts.in(redis);
                    last.setLength(0);
                    last.append(now);
                    return now.sentences() >= allSentences;
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nlast seen: " + last + " (killed after " + before + ")", e);
            }
            assertWithMessage("a new worker").that(onlyWorker(id).pid()).isNotEqualTo(worker.pid());
            StatefulCounts after = StatefulCounts.in(redis);
            assertThat(after.words()).containsExactlyEntriesIn(expectedCounts);
            assertThat(after.sentences()).isEqualTo(allSentences);
        } finally {
            cluster.kill(StatefulCountTopology.NAME, id);
        }
        assertNothingLeftUnderTheSupervisor();
    }

    /** {@code key=value} for {@code storm.options}: a text value as a JSON string, URL-encoded as Storm decodes it. */
    private static String stormOption(String key, String text) {
        String json = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return key + "=" + java.net.URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void stockFluxSubmitsTheGeneratedYamlWithDeployTimeOverridesAndItCountsExactly() throws Exception {
        // The deploy-time overrides: the jar's wordcount.properties, with one counter instead of two.
        String defaults;
        try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
            defaults = new String(jar.getInputStream(jar.getEntry("wordcount.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertThat(defaults).contains("counter.parallelism=2");
        Path properties = logs.resolve("prod.properties");
        Files.writeString(properties, defaults.replace("counter.parallelism=2", "counter.parallelism=1"));
        String printed = MavenGoal.succeed(logs, "shellgen:submit", "-Dshellgen.topology=" + WordCountTopology.NAME,
                "-Dshellgen.nimbus=" + cluster.nimbusAddress(), "-Dshellgen.filter=" + properties,
                "-Dshellgen.conf=topology.debug=true");
        assertThat(printed).contains("Submitting topology \"wordcount\" (stock Flux, /wordcount.filter.yaml with "
                + properties + ")");
        String id = cluster.topologyId(WordCountTopology.NAME);
        try {
            assertThat(cluster.nimbus(n -> n.getTopologyInfo(id)).get_executors().stream()
                    .filter(e -> e.get_component_id().equals("counter")).count()).isEqualTo(1);
            awaitExactCounts(id);
        } finally {
            cluster.kill(WordCountTopology.NAME, id);
        }
        assertNothingLeftUnderTheSupervisor();
    }

    /**
     * Python packages through Storm's blob store, as a user with a large environment deploys them:
     * {@code shellgen:vendor -Dshellgen.packagesTo=blobstore} packs them, {@code shellgen:submit}
     * uploads the archive and maps it into the
     * worker, whose runtime imports python-slugify from there (the bolt logs where from). Also a slow
     * start: the slugger loads for 8 s before it serves (longer than the heartbeat timeout, set to
     * 5 s), as a bolt loading a model does; it starts, and the results are exact.
     */
    @Test
    void aBoltImportsFromTheBlobStoreAPackageTheWorkerHasNeverSeenAndStartsAfterLoadingPastTheHeartbeatTimeout()
            throws Exception {
        ExpectedSlugs.assertPythonLacksSlugify();
        Map<String, String> expectedSlugs = ExpectedSlugs.ofExampleText();
        Path archive = Path.of("target", "shellgen", "site-packages.tgz");
        String submitted;
        try {
            MavenGoal.succeed(logs, "shellgen:vendor", "-Dshellgen.packagesTo=blobstore",
                    "-Dshellgen.requirements=src/test/resources/cluster/blob-requirements.txt");
            assertWithMessage("the packed environment").that(Files.isRegularFile(archive)).isTrue();
            submitted = MavenGoal.succeed(logs, "shellgen:submit", "-Dshellgen.topology=" + SlugsTopology.NAME,
                    "-Dshellgen.stormConf=" + cluster.confFile(), "-Dshellgen.conf=topology.debug=true,slugs.load.secs="
                            + SLOW_START_SECS + ",topology.subprocess.timeout.secs=" + HEARTBEAT_TIMEOUT_SECS);
        } finally {
            Files.deleteIfExists(archive); // the next build's jar carries the packages again
        }
        Matcher uploaded = Pattern.compile("Python packages: uploaded site-packages.tgz \\(\\d+ KiB\\) to the blob store as"
                + " (shellgen-site-packages-[0-9a-f]{16}.tgz)").matcher(submitted);
        assertWithMessage(submitted).that(uploaded.find()).isTrue();
        String id = cluster.topologyId(SlugsTopology.NAME);
        try {
            cluster.await("every sentence slugged by python-slugify on the worker", RUN_LIMIT.plusSeconds(SLOW_START_SECS),
                    () -> {
                        RealCluster.Figures spout = cluster.figures(id).get("sentences");
                        return sluggedInWorkerLogs(id).equals(expectedSlugs) && spout != null
                                && spout.acked() == sentences;
                    });
            String workerLogs = String.join("\n", cluster.workerLogs(id));
            assertThat(workerLogs).containsMatch("name:slugger slugify from /\\S+/shellgen-site-packages\\s");
            Matcher serving = Pattern.compile("storm-shellgen: bolt \"slugger\" \\(SlugsSluggerBolt, task \\d+\\) is"
                    + " serving, (\\d+) s after its subprocess").matcher(workerLogs);
            assertWithMessage("the slugger's serving line").that(serving.find()).isTrue();
            assertThat(Integer.parseInt(serving.group(1))).isAtLeast(SLOW_START_SECS);
        } finally {
            cluster.kill(SlugsTopology.NAME, id);
        }
        assertNothingLeftUnderTheSupervisor();
    }

    /**
     * The windowed example, through stock Flux: every window of event time the trending bolt
     * printed in the worker's log has the top words computed from posts.txt, and the late post
     * reached the late-posts bolt.
     */
    @Test
    void stockFluxSubmitsTheWindowedTopologyAndEveryWindowIsExact() throws Exception {
        List<String> expectedLines = new ArrayList<>();
        ExpectedTrending.trends().forEach(trend -> expectedLines.add(trend.line()));
        ExpectedTrending.late().forEach(post -> expectedLines.add("late post of "
                + Instant.ofEpochMilli(post.ts()).toString().substring(11, 19) + ", left out of its windows: "
                + post.text()));
        String printed = cluster.submit(JAR, "org.apache.storm.flux.Flux", "--remote", "-R",
                TrendingTopology.FLUX_RESOURCE);
        assertThat(printed).contains("Finished submitting topology: " + TrendingTopology.NAME);
        String id = cluster.topologyId(TrendingTopology.NAME);
        List<String> seen = new ArrayList<>();
        try {
            cluster.await("every window of the trending topology in the worker log", RUN_LIMIT, () -> {
                seen.clear();
                for (String log : cluster.workerLogs(id)) {
                    Matcher line = SCRIPT_LINE.matcher(log);
                    while (line.find()) {
                        seen.add(line.group(1));
                    }
                }
                return seen.size() >= expectedLines.size();
            });
            assertThat(seen).containsExactlyElementsIn(expectedLines);
        } finally {
            cluster.kill(TrendingTopology.NAME, id);
        }
        assertNothingLeftUnderTheSupervisor();
    }

    /** Sentence to the slug the slugger emitted for it, in every worker log of the topology. */
    private static Map<String, String> sluggedInWorkerLogs(String id) throws IOException {
        Map<String, String> slugged = new TreeMap<>();
        for (String log : cluster.workerLogs(id)) {
            Matcher emit = SLUGGER_EMIT.matcher(log);
            while (emit.find()) {
                slugged.put(emit.group(1), emit.group(2));
            }
        }
        return slugged;
    }

    /**
     * Once a topology's worker JVM has ended, its Python processes, the runtime's reaper and Storm's
     * LogWriter end too, a moment later: each must be gone within 30 s.
     */
    private static void assertNothingLeftUnderTheSupervisor() throws Exception {
        try {
            cluster.await("every process under the Supervisor to end", Duration.ofSeconds(30),
                    () -> cluster.supervisorDescendants().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError("Left under the Supervisor: " + cluster.supervisorDescendants().stream()
                    .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList(), e);
        }
    }

    /**
     * Waits until the topology has counted the example text exactly: in the worker logs, the
     * highest count the counter emitted for each word is its count in the text, and no word is
     * counted that is not in it; Nimbus' figures say every sentence was acked, none failed, and the
     * counter executed every word.
     */
    private static void awaitExactCounts(String id) throws Exception {
        long words = expected.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder last = new StringBuilder();
        try {
            cluster.await("exact counts of topology " + id, RUN_LIMIT, () -> {
                last.setLength(0);
                Map<String, Long> counted = countedInWorkerLogs(id);
                Map<String, RealCluster.Figures> figures = cluster.figures(id);
                last.append("counted ").append(counted.size()).append(" words; figures ").append(figures);
                RealCluster.Figures spout = figures.get("sentences");
                RealCluster.Figures counter = figures.get("counter");
                return counted.equals(expected) && spout != null && counter != null
                        && spout.acked() == sentences && spout.failed() == 0 && counter.executed() == words
                        && counter.failed() == 0;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nlast seen: " + last, e);
        }
    }

    /** Per word, the highest running count the counter emitted, in every worker log of the topology. */
    private static Map<String, Long> countedInWorkerLogs(String id) throws IOException {
        Map<String, Long> counted = new TreeMap<>();
        for (String log : cluster.workerLogs(id)) {
            Matcher emit = COUNTER_EMIT.matcher(log);
            while (emit.find()) {
                counted.merge(emit.group(1), Long.parseLong(emit.group(2)), Math::max);
            }
        }
        return counted;
    }

    private static ProcessHandle onlyWorker(String id) {
        List<ProcessHandle> workers = cluster.workers(id);
        assertWithMessage("worker JVMs of %s among %s", id, cluster.supervisorDescendants().stream()
                .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList()).that(workers).hasSize(1);
        return workers.get(0);
    }
}
