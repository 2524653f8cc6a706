package io.github.shellgen.benchmarks.run;

import io.github.shellgen.benchmarks.variants.WordCountShape;
import io.github.shellgen.benchmarks.variants.WordCountVariant;
import java.nio.file.Path;
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
}
