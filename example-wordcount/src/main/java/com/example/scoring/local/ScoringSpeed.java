package com.example.scoring.local;

import com.example.scoring.ScoringScorerBolt;
import com.example.scoring.ScoringTopology;
import com.example.scoring.TupleScoringScorerBolt;
import com.example.scoring.TupleScoringTopology;
import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The scoring profile's program ({@code mvn -q -Pscoring package}): scores the same events with the
 * batch scorer ({@link com.example.scoring.Scoring}) and with the one-event-at-a-time scorer
 * ({@link com.example.scoring.TupleScoring}), each on its own in-process cluster, checks that both
 * gave every event the same score, and prints each one's rate, the CPU its scorer processes took per
 * event (read just before each run shuts down, while they live), and the batch bolt's gains.
 * Arguments: the number of events (default 20000), the time limit per run in seconds (default 300).
 */
public final class ScoringSpeed {

    private ScoringSpeed() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 300);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "Scoring %d events with a numpy model (an ensemble of 8 small networks), on an"
                + " in-process Storm cluster: first one event per call, then in batches (@Batch(maxSize = 256))...%n",
                events);
        out.flush();
        Result single = score(LocalTopology.of(TupleScoringTopology.class), TupleScoringScorerBolt.ID,
                "tuplescorer.py", events, limit);
        Result batch = score(LocalTopology.of(ScoringTopology.class), ScoringScorerBolt.ID, "scorer.py", events,
                limit);
        boolean same = single.scores().keySet().equals(batch.scores().keySet())
                && single.scores().entrySet().stream()
                        .allMatch(e -> Math.abs(e.getValue() - batch.scores().get(e.getKey())) <= 1e-9);
        out.println();
        out.println("| scorer | events scored | events/s (first to last ack) | scorer processes' CPU per 1,000"
                + " events (ms) |");
        out.println("|---|--:|--:|--:|");
        out.printf(Locale.ROOT, "| one event per call (BasicBolt) | %d | %,.0f | %s |%n", single.scores().size(),
                single.rate(), single.cpuPerThousand());
        out.printf(Locale.ROOT, "| batches of up to 256 (BatchBolt) | %d | %,.0f | %s |%n", batch.scores().size(),
                batch.rate(), batch.cpuPerThousand());
        out.println();
        out.printf(Locale.ROOT, "The batch bolt: %.2fx the events a second (the spout and the JVM bound both), %s the"
                + " scorer's CPU per event. Every event scored once, the same score both ways: %s%n",
                batch.rate() / single.rate(), ratio(batch.cpuSeconds(), single.cpuSeconds()),
                same && batch.scores().size() == events ? "yes" : "NO");
        out.flush();
        System.exit(same && batch.scores().size() == events ? 0 : 1);
    }

    private static String ratio(OptionalDouble part, OptionalDouble whole) {
        return part.isPresent() && whole.isPresent() && whole.getAsDouble() > 0
                ? String.format(Locale.ROOT, "%.2fx", part.getAsDouble() / whole.getAsDouble()) : "n/a";
    }

    /** Each event's score, the events a second from the first to the last ack, the scorer processes' CPU. */
    record Result(Map<Long, Double> scores, double rate, OptionalDouble cpuSeconds) {

        String cpuPerThousand() {
            return cpuSeconds.isPresent()
                    ? String.format(Locale.ROOT, "%.1f", cpuSeconds.getAsDouble() * 1e6 / scores.size()) : "n/a";
        }
    }

    static Result score(LocalTopology topology, String scorer, String script, int events, Duration limit)
            throws Exception {
        OptionalDouble[] cpu = {OptionalDouble.empty()};
        TopologyRun run = topology.withConfig("scoring.events", events).captureOnly(scorer).timeLimit(limit)
                .beforeShutdown(() -> cpu[0] = cpuOf(script))
                .run();
        Map<Long, Double> scores = new TreeMap<>();
        for (List<Object> tuple : run.emitted(scorer)) {
            scores.put(((Number) tuple.get(0)).longValue(), ((Number) tuple.get(1)).doubleValue());
        }
        double seconds = (run.lastTreeAcked().toNanos() - run.firstTreeAcked().toNanos()) / 1e9;
        return new Result(scores, seconds > 0 ? events / seconds : 0, cpu[0]);
    }

    /** The CPU seconds of this JVM's live processes running {@code script}; empty where the OS does not say. */
    private static OptionalDouble cpuOf(String script) {
        List<Duration> cpu = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).contains(script))
                .map(p -> p.info().totalCpuDuration())
                .flatMap(Optional::stream)
                .toList();
        return cpu.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(cpu.stream().mapToLong(Duration::toNanos).sum() / 1e9);
    }
}
