package com.example.slugs;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Topology;

/**
 * A bolt that imports a third-party Python package: python-slugify (and text-unidecode, which it
 * needs), pinned by hash in {@code requirements.txt} next to the scripts and put into the jar's
 * {@code resources/site-packages/} by {@code shellgen:vendor}. No worker has them installed.
 */
@Topology(name = "slugs")
public interface Slugs {

    /** Each line of sentences.txt once: the word count's spout. */
    @PythonSpout(script = "sentencespout.py", fields = "sentence")
    interface Sentences {}

    /** Each sentence with its URL slug, made by python-slugify. */
    @PythonBolt(script = "slugbolt.py", fields = {"sentence", "slug"}, parallelism = 2)
    @ShuffleGrouping(from = Sentences.class)
    interface Slugger {}
}
