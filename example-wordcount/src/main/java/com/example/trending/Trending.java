package com.example.trending;

import io.github.shellgen.PythonBolt;
import io.github.shellgen.PythonSpout;
import io.github.shellgen.ShuffleGrouping;
import io.github.shellgen.Stream;
import io.github.shellgen.Topology;
import io.github.shellgen.Window;

/**
 * Trending words: the three words used most in the last 20 seconds of posts, every 10 seconds, in
 * the time the posts were written (event time), not the time they arrive. A post up to 3 seconds out
 * of order still counts; one that comes after its windows have closed goes to the late stream.
 */
@Topology(name = "trending", messageTimeoutSecs = 60)
public interface Trending {

    /** The posts of posts.txt, each with the time it was written, replayed at ten times their pace. */
    @PythonSpout(script = "postspout.py", fields = {"post", "ts"})
    interface Posts {}

    /** Per window: its three most used words, each with its count. */
    @PythonBolt(script = "trending.py", fields = {"windowStart", "windowEnd", "word", "count"},
            streams = @Stream(id = "late", fields = {"post", "ts"}))
    @Window(length = "20s", every = "10s", timestampField = "ts", maxLag = "3s", watermarkEvery = "500ms",
            lateStream = "late")
    @ShuffleGrouping(from = Posts.class)
    interface Trends {}

    /** Says which posts came too late for their windows. */
    @PythonBolt(script = "latebolt.py")
    @ShuffleGrouping(from = Trends.class, stream = "late")
    interface LatePosts {}
}
