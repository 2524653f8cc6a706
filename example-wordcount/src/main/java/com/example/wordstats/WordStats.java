package com.example.wordstats;

import io.github.shellgen.Conf;
import io.github.shellgen.CustomGrouping;
import io.github.shellgen.DirectGrouping;
import io.github.shellgen.Env;
import io.github.shellgen.JavaBolt;
import io.github.shellgen.JavaSpout;
import io.github.shellgen.Metric;
import io.github.shellgen.PartialKeyGrouping;
import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShellBolt;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;

/**
 * Word statistics: the second topology of the example, which uses every kind of component,
 * grouping and setting storm-shellgen offers. A Python spout and a Java spout send sentences to a
 * Node.js splitter; a Python bolt counts words in partial counts flushed on tick tuples, spread
 * over two tasks per word by a partial-key grouping; another routes long words to chosen tasks of
 * a Java report bolt over a direct stream; a custom grouping sends the partial counts to the
 * report by first letter. {@code WordStatsIT} runs it end to end.
 */
@Topology(
        name = "wordstats",
        workers = 1,
        ackers = 1,
        messageTimeoutSecs = 120,
        maxSpoutPending = 200,
        debug = true,
        config = @Conf(key = "wordstats.edition", value = "\"second\""),
        multilangSerializer = CountingJsonSerializer.class)
public interface WordStats {

    /** Each line of sentences.txt once; reports the pending limit it was given as a metric. */
    @PythonSpout(
            script = "linespout.py",
            fields = "sentence",
            maxPending = 50,
            metrics = @Metric(name = "spoutPending", type = Metric.Type.ASSIGN, intervalSecs = 1))
    interface Sentences {}

    /** A few fixed titles, from Java. */
    @JavaSpout(value = TitleSpout.class, fields = "sentence")
    interface Titles {}

    /** Node.js: words to the default stream, words of at least wordstats.long.min letters also to "long". */
    @ShellBolt(
            command = {"node", "splitbolt.js"},
            fields = "word",
            streams = @Stream(id = "long", fields = {"word", "length"}),
            parallelism = 2,
            env = @Env(name = "WORDSTATS_CASE", value = "lower"),
            config = @Conf(key = "wordstats.long.min", value = "7"))
    @ShuffleGrouping(from = Sentences.class)
    @ShuffleGrouping(from = Titles.class)
    interface Splitter {}

    /** Counts words between ticks; on each tick emits what it counted since the previous one. */
    @PythonBolt(
            script = "partialcount.py",
            fields = {"word", "count", "counterTask"},
            parallelism = 3,
            tickFreqSecs = 1,
            subprocessTimeoutSecs = 90,
            maxPending = 64,
            metrics = {
                @Metric(name = "words", intervalSecs = 1),
                @Metric(name = "timeoutSecs", type = Metric.Type.ASSIGN, intervalSecs = 1),
                @Metric(name = "maxPending", type = Metric.Type.ASSIGN, intervalSecs = 1)
            })
    @PartialKeyGrouping(from = Splitter.class, fields = "word")
    interface PartialCounter {}

    /** Sends each long word straight to a task of the report it picks, from the worker's folder. */
    @PythonBolt(
            script = "router.py",
            streams = @Stream(id = "routed", fields = {"word", "task", "cwd"}, direct = true),
            runInResourcesDir = false,
            config = @Conf(key = "wordstats.route.to", value = "\"report\""))
    @ShuffleGrouping(from = Splitter.class, stream = "long")
    interface Router {}

    /** Java: records what each of its tasks receives (see {@link WordStatsReport}). */
    @JavaBolt(value = ReportBolt.class, parallelism = 2)
    @DirectGrouping(from = Router.class, stream = "routed")
    @CustomGrouping(from = PartialCounter.class, using = FirstLetterGrouping.class)
    interface Report {}
}
