package io.github.shellgen.diagram;

import java.util.List;

/** Graphs for the tests: a word count, and one with every kind of edge label. */
final class SampleGraphs {

    private SampleGraphs() {}

    static TopologyGraph wordCount() {
        return new TopologyGraph("wordcount",
                List.of(new Node("sentences", Node.Kind.SPOUT, "python3 shellgen/run.py sentences.py", 1, 0),
                        new Node("splitter", Node.Kind.BOLT, "python3 shellgen/run.py splitter.py", 2, 0),
                        new Node("counter", Node.Kind.BOLT, "python3 shellgen/run.py counter.py", 2, 4)),
                List.of(new Edge("sentences", "default", List.of("sentence"), false, "splitter", "shuffle", List.of()),
                        new Edge("splitter", "default", List.of("word"), false, "counter", "fields", List.of("word"))));
    }

    /** Names with the characters each format escapes, a direct stream, and two edges between one pair. */
    static TopologyGraph awkward() {
        return new TopologyGraph("a<b>&\"c\"",
                List.of(new Node("in#1", Node.Kind.SPOUT, "node \"spout|x\".js", 1, 0),
                        new Node("out,2", Node.Kind.BOLT, "com.example.Tab\tBolt", 3, 6, 0, false,
                                "window 10s every 2s, event time \"t,s\", late -> \"late\"")),
                List.of(new Edge("in#1", "default", List.of("a,b", "c"), false, "out,2", "fields", List.of("a,b")),
                        new Edge("in#1", "to\\out", List.of("x"), true, "out,2", "direct", List.of())));
    }
}
