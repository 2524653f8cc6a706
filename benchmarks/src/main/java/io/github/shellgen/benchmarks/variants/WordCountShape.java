package io.github.shellgen.benchmarks.variants;

/**
 * The topology shape all variants share, so they differ only in how the components are made:
 * spout (1) -> splitter (2, shuffle) -> counter (2, fields grouping on "word").
 */
public final class WordCountShape {

    public static final String SPOUT_ID = "sentences";
    public static final String SPLITTER_ID = "splitter";
    public static final String COUNTER_ID = "counter";

    public static final int SPOUT_PARALLELISM = 1;
    public static final int SPLITTER_PARALLELISM = 2;
    public static final int COUNTER_PARALLELISM = 2;

    /** The topology configuration key holding the corpus file's absolute path; the spouts read it. */
    public static final String CORPUS_KEY = "shellgen.benchmark.corpus";

    /**
     * The topology configuration key holding the rate, in sentences per second, at which the spouts
     * emit (the latency runs); unset, they emit as fast as they may.
     */
    public static final String RATE_KEY = "shellgen.benchmark.rate";

    /** The Python scripts, in this module's resources/ folder, shared by every Python variant. */
    public static final String SPOUT_SCRIPT = "sentencespout.py";
    public static final String SPLITTER_SCRIPT = "splitbolt.py";
    public static final String COUNTER_SCRIPT = "countbolt.py";
    public static final String INTERPRETER = "python3";

    private WordCountShape() {}
}
