package com.example.wordstats;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.example.wordcount.NimbusValidation;
import com.example.wordcount.local.LocalWordCount;
import com.example.wordstats.RecordingMetricsConsumer.Point;
import com.example.wordstats.WordStatsReport.PartialCount;
import com.example.wordstats.WordStatsReport.Routed;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.ExecutionContext;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.flux.parser.FluxParser;
import org.apache.storm.generated.StormTopology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wordstats topology ({@link WordStats}) end to end on a real in-process Storm cluster, with
 * real python3 and node processes: as the generated {@code WordStatsTopology} builds it, as stock
 * Flux builds it from {@code /wordstats.yaml}, and as Flux builds it from
 * {@code /wordstats.filter.yaml} with a changed copy of {@code /wordstats.properties}. Each run
 * polls what the report bolt and a metrics consumer saw until it is complete, then checks every
 * feature the topology uses; each check fails if that feature did not work. Runs against the
 * shaded jar (see the failsafe configuration), like the word count's tests.
 */
class WordStatsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    // Component ids, as the processor derives them from the interface names.
    private static final String SENTENCES = "sentences";
    private static final String PARTIAL_COUNTER = "partialCounter";

    /** The splitter's rule for a word (letters with inner apostrophes), on lower-cased text. */
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)*");
    /** The splitter's {@code wordstats.long.min}: words at least this long also go to the stream "long". */
    private static final int LONG_MIN = 7;

    private static final String FILTER_RESOURCE = "/wordstats.filter.yaml";
    private static final String PROPERTIES_RESOURCE = "/wordstats.properties";

    /** What every run must arrive at, computed in Java from the same text and titles. */
    private record Expected(Map<String, Long> counts, long totalWords, Set<String> longWords, long longOccurrences) {}

    /** What one run saw: the report bolt's records, the metrics, the serializer's count. */
    private record Run(
            List<PartialCount> counts,
            Map<String, Long> summedCounts,
            List<Routed> routed,
            Map<Integer, Map<String, Object>> confByReportTask,
            List<Integer> reportTasks,
            List<Point> metrics,
            long serializerMessagesRead,
            boolean complete,
            Duration elapsed) {}

    /** The topology configuration the annotations set, with what a run may change. */
    private record TopologySettings(int counterTasks, int messageTimeoutSecs) {}

    private static final TopologySettings ANNOTATED = new TopologySettings(3, 120);

    private static Expected expected;

    @BeforeAll
    static void computeTheExpectedStatisticsInJava() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))); // @TempDir's parent, under target/
        List<String> sentences = new ArrayList<>(readLines(LocalWordCount.TEXT_RESOURCE));
        sentences.addAll(TitleSpout.TITLES);
        Map<String, Long> counts = new TreeMap<>();
        long longOccurrences = 0;
        for (String sentence : sentences) {
            Matcher words = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
            while (words.find()) {
                counts.merge(words.group(), 1L, Long::sum);
                if (words.group().length() >= LONG_MIN) {
                    longOccurrences++;
                }
            }
        }
        Set<String> longWords = counts.keySet().stream()
                .filter(w -> w.length() >= LONG_MIN)
                .collect(Collectors.toCollection(TreeSet::new));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        expected = new Expected(counts, total, longWords, longOccurrences);
        // The titles bring capitalised words the Python spout's text does not have.
        assertThat(counts).containsKey("gettysburg");
        assertThat(longWords).contains("independence");
    }

    @Test
    void generatedTopologyClass() throws Exception {
        Config config = WordStatsTopology.config();
        assertTopologyConfig(config, ANNOTATED);
        StormTopology topology = WordStatsTopology.topology();
        NimbusValidation.validate(config, topology); // throws where Nimbus would reject it

        Run run = run(WordStatsTopology.NAME, topology, config);

        assertEveryFeatureWorked(run, ANNOTATED);
    }

    @Test
    void generatedFluxYamlOnStockFlux() throws Exception {
        TopologyDef definition = FluxParser.parseResource(WordStatsTopology.FLUX_RESOURCE, false, true, null, false);
        assertThat(definition.getName()).isEqualTo(WordStatsTopology.NAME);
        // Java components are the classes themselves; shell components the generated classes.
        assertThat(definition.getSpouts().stream().map(s -> s.getClassName()).toList()).containsExactly(
                WordStatsSentencesSpout.class.getName(), TitleSpout.class.getName());
        assertThat(definition.getBolts().stream().map(b -> b.getClassName()).toList()).containsExactly(
                WordStatsSplitterBolt.class.getName(), WordStatsPartialCounterBolt.class.getName(),
                WordStatsRouterBolt.class.getName(), ReportBolt.class.getName());
        assertThat(definition.parallelismForBolt(PARTIAL_COUNTER)).isEqualTo(ANNOTATED.counterTasks());

        Run run = runFlux(definition, ANNOTATED);

        assertEveryFeatureWorked(run, ANNOTATED);
    }

    @Test
    void filterYamlWithChangedPropertiesOnStockFlux(@TempDir Path tmp) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = WordStatsIT.class.getResourceAsStream(PROPERTIES_RESOURCE)) {
            assertWithMessage("%s on the class path", PROPERTIES_RESOURCE).that(in).isNotNull();
            properties.load(in);
        }
        // The defaults are the annotations' values ...
        assertThat(properties.getProperty(PARTIAL_COUNTER + ".parallelism"))
                .isEqualTo(String.valueOf(ANNOTATED.counterTasks()));
        assertThat(properties.getProperty("topology.message.timeout.secs"))
                .isEqualTo(String.valueOf(ANNOTATED.messageTimeoutSecs()));
        // ... and a deploy changes two of them.
        TopologySettings changed = new TopologySettings(2, 99);
        properties.setProperty(PARTIAL_COUNTER + ".parallelism", String.valueOf(changed.counterTasks()));
        properties.setProperty("topology.message.timeout.secs", String.valueOf(changed.messageTimeoutSecs()));
        Path file = tmp.resolve("wordstats-deploy.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "wordstats.properties with two values changed");
        }

        // What Flux's --filter does with a properties file (FluxParser 2.8.3 takes the loaded Properties).
        TopologyDef definition = FluxParser.parseResource(FILTER_RESOURCE, false, true,
                FluxParser.parseProperties(file.toString(), false), false);
        assertThat(definition.getName()).isEqualTo(WordStatsTopology.NAME);
        assertThat(definition.parallelismForBolt(PARTIAL_COUNTER)).isEqualTo(changed.counterTasks());

        Run run = runFlux(definition, changed);

        assertEveryFeatureWorked(run, changed);
    }

    private static Run runFlux(TopologyDef definition, TopologySettings settings) throws Exception {
        Config config = FluxBuilder.buildConfig(definition);
        assertTopologyConfig(config, settings);
        StormTopology topology = FluxBuilder.buildTopology(new ExecutionContext(definition, config));
        NimbusValidation.validate(config, topology);
        return run(definition.getName(), topology, config);
    }

    /** The configuration about to be submitted sets each @Topology value itself, not by Storm's default. */
    private static void assertTopologyConfig(Map<String, Object> config, TopologySettings settings) {
        assertThat(number(config, "topology.workers")).isEqualTo(1);
        assertThat(number(config, "topology.acker.executors")).isEqualTo(1);
        assertThat(number(config, "topology.message.timeout.secs")).isEqualTo(settings.messageTimeoutSecs());
        assertThat(number(config, "topology.max.spout.pending")).isEqualTo(200);
        assertThat(config.get("topology.debug")).isEqualTo(true);
        assertThat(config.get("wordstats.edition")).isEqualTo("second");
        assertThat(config.get("topology.multilang.serializer")).isEqualTo(CountingJsonSerializer.class.getName());
    }

    /** Each check names what is wrong; the last one catches a run that timed out without another sign. */
    private static void assertEveryFeatureWorked(Run run, TopologySettings settings) throws Exception {
        assertCounts(run);
        assertPartialKeyGrouping(run, settings);
        assertCustomGrouping(run);
        assertDirectStream(run);
        assertMetrics(run);
        assertConfigurationSeen(run, settings);
        assertWithMessage("run complete within %s (took %s; metrics reported: %s)",
                TIMEOUT, run.elapsed(), metricNames(run.metrics()))
                .that(run.complete()).isTrue();
    }

    /**
     * Python spout, Java spout, Node.js splitter with its environment (lower case), the counter's
     * tick tuples (it emits nothing else): the partial counts add up to Java's count of each word.
     */
    private static void assertCounts(Run run) {
        assertThat(run.summedCounts()).containsExactlyEntriesIn(expected.counts());
    }

    /**
     * Partial-key grouping: each word reached at most two counter tasks (a shuffle would use all of
     * them), some word reached two (a fields grouping would use one), and every counter task got words.
     */
    private static void assertPartialKeyGrouping(Run run, TopologySettings settings) {
        Map<String, Set<Integer>> tasksByWord = new TreeMap<>();
        run.counts().forEach(c -> tasksByWord.computeIfAbsent(c.word(), w -> new TreeSet<>()).add(c.counterTask()));
        Map<String, Set<Integer>> onMoreThanTwo = tasksByWord.entrySet().stream()
                .filter(e -> e.getValue().size() > 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertWithMessage("words counted on more than two tasks").that(onMoreThanTwo).isEmpty();
        List<String> onTwo = tasksByWord.entrySet().stream()
                .filter(e -> e.getValue().size() == 2)
                .map(Map.Entry::getKey)
                .toList();
        assertWithMessage("words counted on two tasks (frequent ones should be)").that(onTwo).isNotEmpty();
        Set<Integer> counterTasks = run.counts().stream().map(PartialCount::counterTask).collect(Collectors.toSet());
        assertWithMessage("counter tasks that emitted counts").that(counterTasks).hasSize(settings.counterTasks());
    }

    /** Custom grouping: every partial count reached the report task FirstLetterGrouping picks for its word. */
    private static void assertCustomGrouping(Run run) {
        assertThat(run.reportTasks()).hasSize(2);
        List<PartialCount> misrouted = run.counts().stream()
                .filter(c -> c.reportTask() != FirstLetterGrouping.choose(c.word(), run.reportTasks()))
                .toList();
        assertWithMessage("partial counts (%s of %s; the first ones shown) at another report task than"
                + " FirstLetterGrouping picks among %s", misrouted.size(), run.counts().size(), run.reportTasks())
                .that(misrouted.subList(0, Math.min(5, misrouted.size()))).isEmpty();
    }

    /**
     * Stream "long" (fed by the splitter's component config wordstats.long.min = 7), direct stream
     * "routed" and runInResourcesDir = false: exactly the long words were routed, each to the task
     * the router named, over both report tasks, from the JVM's working directory.
     */
    private static void assertDirectStream(Run run) throws Exception {
        Set<String> routedWords = run.routed().stream().map(Routed::word).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routedWords).containsExactlyElementsIn(expected.longWords());
        assertThat(run.routed()).hasSize((int) expected.longOccurrences());
        List<Routed> elsewhere = run.routed().stream().filter(r -> r.reportTask() != r.namedTask()).toList();
        assertWithMessage("routed tuples (%s of %s; the first ones shown) that reached another task than the one"
                + " named", elsewhere.size(), run.routed().size())
                .that(elsewhere.subList(0, Math.min(5, elsewhere.size()))).isEmpty();
        assertThat(run.routed().stream().map(Routed::namedTask).collect(Collectors.toSet()))
                .containsExactlyElementsIn(run.reportTasks());

        // Python's os.getcwd() resolves symbolic links; the topology's resources/ is gone by now.
        String workerDir = Path.of(System.getProperty("user.dir")).toRealPath().toString();
        Set<String> folders = run.routed().stream().map(Routed::cwd).collect(Collectors.toSet());
        assertWithMessage("the router's working directory (the worker's, not the topology's resources/)")
                .that(folders).containsExactly(workerDir);
    }

    /**
     * Metrics the scripts update with rpcMetrics, registered by the generated classes: the counter's
     * words add up to every word, its subprocess timeout and shell-bolt pending limit are the
     * component's (90, 64; Storm's are none and 100), the spout's pending limit is its own (50,
     * where the topology's is 200).
     */
    private static void assertMetrics(Run run) {
        assertThat(sum(run.metrics(), PARTIAL_COUNTER, "words")).isEqualTo(expected.totalWords());
        assertThat(values(run.metrics(), PARTIAL_COUNTER, "timeoutSecs")).containsExactly(90L);
        assertThat(values(run.metrics(), PARTIAL_COUNTER, "maxPending")).containsExactly(64L);
        assertThat(values(run.metrics(), SENTENCES, "spoutPending")).containsExactly(50L);
    }

    /**
     * The @Topology settings reached the running topology: what the report's tasks were prepared
     * with. Storm's defaults would be no ackers setting, 30 s, no limit, false, no edition and
     * JsonSerializer; only topology.workers (1) is Storm's default too, which is why
     * {@link #assertTopologyConfig} checks the configuration sets it. The serializer is more than a
     * name in the configuration: it read the shell messages.
     */
    private static void assertConfigurationSeen(Run run, TopologySettings settings) {
        assertThat(run.confByReportTask().keySet()).containsExactlyElementsIn(run.reportTasks());
        for (Map.Entry<Integer, Map<String, Object>> seen : run.confByReportTask().entrySet()) {
            Map<String, Object> conf = seen.getValue();
            String task = "report task " + seen.getKey() + ": ";
            assertWithMessage(task + "topology.workers").that(number(conf, "topology.workers")).isEqualTo(1);
            assertWithMessage(task + "topology.acker.executors")
                    .that(number(conf, "topology.acker.executors")).isEqualTo(1);
            assertWithMessage(task + "topology.message.timeout.secs")
                    .that(number(conf, "topology.message.timeout.secs")).isEqualTo(settings.messageTimeoutSecs());
            assertWithMessage(task + "topology.max.spout.pending")
                    .that(number(conf, "topology.max.spout.pending")).isEqualTo(200);
            assertWithMessage(task + "topology.debug").that(conf.get("topology.debug")).isEqualTo(true);
            assertWithMessage(task + "wordstats.edition").that(conf.get("wordstats.edition")).isEqualTo("second");
            assertWithMessage(task + "topology.multilang.serializer").that(conf.get("topology.multilang.serializer"))
                    .isEqualTo(CountingJsonSerializer.class.getName());
        }
        assertWithMessage("shell messages read by CountingJsonSerializer")
                .that(run.serializerMessagesRead()).isGreaterThan(0L);
    }

    /**
     * Runs the topology with shellgen-testing, with the recording metrics consumer, until its work
     * is done (every tree acked, then a quiet period longer than the counter's tick interval, so its
     * last flush and the last metrics are in), then reads what the report and the metrics saw. One
     * run at a time: the records are static.
     */
    private static synchronized Run run(String name, StormTopology topology, Config topologyConfig) throws Exception {
        WordStatsReport.reset();
        RecordingMetricsConsumer.reset();
        CountingJsonSerializer.reset();
        Config conf = new Config();
        conf.putAll(topologyConfig);
        conf.registerMetricsConsumer(RecordingMetricsConsumer.class, 1);

        TopologyRun run = LocalTopology.of(name, topology, conf).timeLimit(TIMEOUT).run();

        assertWithMessage("errors reported: %s", run.errors()).that(run.errors()).isEmpty();
        assertDiagramCounts(run);
        return new Run(
                WordStatsReport.counts(),
                WordStatsReport.summedCounts(),
                WordStatsReport.routed(),
                WordStatsReport.confByTask(),
                WordStatsReport.reportTasks(),
                RecordingMetricsConsumer.points(),
                CountingJsonSerializer.messagesRead(),
                run.succeeded() && isComplete(),
                run.startup().plus(run.runTime()));
    }

    /**
     * The run's diagram counts, per subscription, what its bolt was given: as much as the emitter
     * sent on that stream (each grouping here delivers a tuple to one task).
     */
    private static void assertDiagramCounts(TopologyRun run) {
        Map<String, Long> byEdge = new TreeMap<>();
        run.diagram().orElseThrow().edges().forEach(e -> byEdge.put(
                e.from() + "/" + e.stream() + " -> " + e.to(), e.count().orElseThrow()));
        assertThat(byEdge).containsExactly(
                "partialCounter/default -> report", run.component(PARTIAL_COUNTER).emittedByStream().get("default"),
                "router/routed -> report", run.component("router").emittedByStream().get("routed"),
                "sentences/default -> splitter", run.component(SENTENCES).emitted(),
                "splitter/default -> partialCounter", run.component("splitter").emittedByStream().get("default"),
                "splitter/long -> router", run.component("splitter").emittedByStream().get("long"),
                "titles/default -> splitter", run.component("titles").emitted());
        assertThat(byEdge.get("router/routed -> report")).isGreaterThan(0L);
    }

    /** Every count and routed word arrived, and every metric has been reported. */
    private static boolean isComplete() {
        List<Point> metrics = RecordingMetricsConsumer.points();
        return WordStatsReport.summedCounts().equals(expected.counts())
                && WordStatsReport.routed().size() >= expected.longOccurrences()
                && sum(metrics, PARTIAL_COUNTER, "words") >= expected.totalWords()
                && !values(metrics, PARTIAL_COUNTER, "timeoutSecs").isEmpty()
                && !values(metrics, PARTIAL_COUNTER, "maxPending").isEmpty()
                && !values(metrics, SENTENCES, "spoutPending").isEmpty();
    }

    private static long sum(List<Point> points, String component, String name) {
        return points.stream()
                .filter(p -> p.component().equals(component) && p.name().equals(name))
                .mapToLong(p -> ((Number) p.value()).longValue())
                .sum();
    }

    /** The distinct values {@code component} reported for metric {@code name}, as longs where numbers. */
    private static Set<Object> values(List<Point> points, String component, String name) {
        return points.stream()
                .filter(p -> p.component().equals(component) && p.name().equals(name))
                .map(p -> p.value() instanceof Number n ? (Object) n.longValue() : p.value())
                .collect(Collectors.toSet());
    }

    private static Set<String> metricNames(List<Point> points) {
        return points.stream().map(p -> p.component() + "/" + p.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A numeric configuration value as an int, whichever Number type YAML or JSON made of it. */
    private static Integer number(Map<String, Object> conf, String key) {
        Object value = conf.get(key);
        assertWithMessage("%s is a number", key).that(value).isInstanceOf(Number.class);
        return ((Number) value).intValue();
    }

    private static List<String> readLines(String resource) throws Exception {
        try (InputStream in = WordStatsIT.class.getResourceAsStream(resource)) {
            assertWithMessage("%s on the class path", resource).that(in).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        }
    }
}
