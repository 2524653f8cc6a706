package com.example.trending;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the trending topology must find in posts.txt, computed here on its own from the text and the
 * window's rules: windows of 20 s ending on every multiple of 10 s, each holding the posts written
 * in (end - 20 s, end]; a post is late when it is older than a post before it by more than the lag
 * (3 s); a window fires once a later post shows its end has passed by the lag, if it holds a post.
 */
public final class ExpectedTrending {

    public static final long LENGTH_MS = 20_000;
    public static final long EVERY_MS = 10_000;
    public static final long LAG_MS = 3_000;
    /** 12:00:00 UTC on 2026-12-06, when the times of posts.txt start. */
    public static final long START_MS = Instant.parse("2026-12-06T12:00:00Z").toEpochMilli();

    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A post of the text, in order. */
    public record Post(String text, long ts) {}

    /** One window's result: its bounds and its top words with their counts, most used first. */
    public record Trend(long start, long end, List<Map.Entry<String, Long>> top, int posts) {

        /** The line trending.py prints for it. */
        public String line() {
            List<String> words = top.stream().map(e -> e.getKey() + " " + e.getValue()).toList();
            return "trending " + CLOCK.format(Instant.ofEpochMilli(start)) + "-" + CLOCK.format(Instant.ofEpochMilli(end))
                    + ": " + String.join(", ", words) + " (" + posts + " posts)";
        }

        /** The tuples the bolt emits for it: [windowStart, windowEnd, word, count]. */
        public List<List<Object>> tuples() {
            return top.stream().map(e -> List.<Object>of(start, end, e.getKey(), e.getValue())).toList();
        }
    }

    private ExpectedTrending() {}

    public static List<Post> posts() throws IOException {
        List<Post> posts = new ArrayList<>();
        try (InputStream in = ExpectedTrending.class.getResourceAsStream("/resources/posts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String[] clock = line.substring(0, space).split(":");
                long ts = START_MS + (Long.parseLong(clock[0]) * 60 + Long.parseLong(clock[1])) * 1000;
                posts.add(new Post(line.substring(space + 1), ts));
            }
        }
        return posts;
    }

    /** The posts older than one before them by more than the lag. */
    public static List<Post> late() throws IOException {
        List<Post> late = new ArrayList<>();
        long newest = START_MS;
        for (Post post : posts()) {
            if (post.ts() < newest - LAG_MS) {
                late.add(post);
            }
            newest = Math.max(newest, post.ts());
        }
        return late;
    }

    /** Every window that fires, in order. */
    public static List<Trend> trends() throws IOException {
        List<Post> posts = new ArrayList<>(posts());
        posts.removeAll(late());
        long newest = posts.stream().mapToLong(Post::ts).max().orElseThrow();
        long first = posts.stream().mapToLong(Post::ts).min().orElseThrow();
        List<Trend> trends = new ArrayList<>();
        for (long end = (first + EVERY_MS - 1) / EVERY_MS * EVERY_MS; end <= newest - LAG_MS; end += EVERY_MS) {
            long start = end - LENGTH_MS;
            Map<String, Long> counts = new TreeMap<>();
            int inWindow = 0;
            boolean any = false;
            for (Post post : posts) {
                if (post.ts() > start && post.ts() <= end) {
                    any = true;
                    if (!post.text().isEmpty()) {
                        inWindow++;
                        Matcher word = WORD.matcher(post.text().toLowerCase());
                        while (word.find()) {
                            counts.merge(word.group(), 1L, Long::sum);
                        }
                    }
                }
            }
            if (any) {
                List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(3).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
                trends.add(new Trend(start, end, top, inWindow));
            }
        }
        return trends;
    }
}
