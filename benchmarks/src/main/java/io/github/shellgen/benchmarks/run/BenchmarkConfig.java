package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import io.github.shellgen.benchmarks.variants.WordCountVariant;
import java.nio.file.Path;
import java.util.List;
import org.apache.storm.Config;

/** The one Storm configuration every variant runs with, plus what a variant itself changes. */
public final class BenchmarkConfig {

    /**
     * Bounds the sentences in flight. Without a bound the spout emits the whole corpus at once;
     * the slow variants then take longer than the 30 s message timeout, sentences are replayed,
     * and their words are counted twice.
     */
    public static final int MAX_SPOUT_PENDING = 1_000;

    private BenchmarkConfig() {}

    /** One worker, Storm's default ackers (one per worker), acking on through the spout's message ids. */
    public static Config forRun(WordCountVariant variant, Path corpus) {
        Config config = new Config();
        config.setNumWorkers(1);
        config.setMaxSpoutPending(MAX_SPOUT_PENDING);
        config.put(WordCountShape.CORPUS_KEY, corpus.toAbsolutePath().toString());
        variant.configure(config);
        return config;
    }

    /**
     * As {@link #forRun}, with the spout emitting {@code rate} sentences a second, and every tuple
     * tree's complete latency measured and collected by {@link LatencyHook}.
     */
    public static Config forLatency(WordCountVariant variant, Path corpus, int rate) {
        Config config = forRun(variant, corpus);
        config.put(WordCountShape.RATE_KEY, rate);
        config.put(Config.TOPOLOGY_STATS_SAMPLE_RATE, 1.0);
        config.put(Config.TOPOLOGY_AUTO_TASK_HOOKS, List.of(LatencyHook.class.getName()));
        return config;
    }
}
