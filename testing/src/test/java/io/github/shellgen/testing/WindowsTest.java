package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.WindowsTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windowed Python bolts on a real in-process cluster, with real python3 processes: windows of tuple
 * counts, of processing time and of event time, sliding and tumbling, with out-of-order and late
 * events (the {@code windows} topology, a spout of its own for each kind). Every window the script
 * saw (rebuilt by the runtime from the new and expired tuples it was sent) is compared with a
 * computation of its own from the input, and acks are counted: once with the topology built by
 * stock Flux from the generated file, once through {@code builder()} with a process killed
 * mid-window.
 */
class WindowsTest {

    /** 50 events for the count windows, at once. */
    private static final List<List<Long>> COUNTED = events(50, 0);
    /** 30 events for the time windows, 50 ms apart. */
    private static final List<List<Long>> TIMED = events(30, 50);
    /**
     * 60 events 100 ms apart in event time, each up to 200 ms early or late (within the 500 ms lag);
     * then, after the watermark has passed them, two events 5 s behind: late. Last, an event far
     * ahead, whose watermark closes every window of the others.
     */
    private static final List<List<Long>> STAMPED = stamped();

    @TempDir
    Path dir;

    @AfterEach
    void noSubprocessIsLeft() {
        assertThat(Descendants.alive()).isEmpty();
    }

    /** One window as windows.py reported it. */
    private record Seen(Long start, Long end, List<Long> ns, List<Long> fresh, List<Long> expired) {
        static Seen of(List<Object> values) {
            return new Seen(number(values.get(0)), number(values.get(1)), numbers(values.get(2)),
                    numbers(values.get(3)), numbers(values.get(4)));
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<Long> numbers(Object values) {
        return ((List<?>) values).stream().map(WindowsTest::number).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(Math.max(0, from), to).boxed().toList();
    }

    private static List<Seen> windows(TopologyRun run, String bolt) {
        return run.emitted(bolt).stream().map(Seen::of).toList();
    }

    /** Events [n, ts, pause ms] for events.py: n from 0, ts 100 ms apart from 10 s on. */
    private static List<List<Long>> events(int count, long pauseMillis) {
        return IntStream.range(0, count).mapToObj(n -> List.of((long) n, 10_000L + 100L * n, pauseMillis)).toList();
    }

    private static List<List<Long>> stamped() {
        List<List<Long>> events = new ArrayList<>();
        for (long n = 0; n < 60; n++) {
            events.add(List.of(n, 10_000 + 100 * n + ((n * 7) % 5 - 2) * 100, 20L));
        }
        events.add(List.of(60L, 11_000L, 400L));
        events.add(List.of(61L, 11_100L, 0L));
        events.add(List.of(62L, 30_000L, 400L));
        return events;
    }

    private static LocalTopology withEvents(LocalTopology topology) {
        return topology.withConfig("events.counted", COUNTED)
                .withConfig("events.timed", TIMED)
                .withConfig("events.stamped", STAMPED)
                .timeLimit(Duration.ofSeconds(90));
    }

    @Test
    void everyKindOfWindowIsExactAndItsTuplesAreAckedAsTheyLeaveBuiltByStockFlux() throws Exception {
        TopologyRun run = withEvents(LocalTopology.fromFlux(WindowsTopology.FLUX_RESOURCE)).run();

        assertCountWindowsExact(run);
        assertTimeWindowsExact(run);
        assertEventTimeWindowsExact(run);
        // Every tree acked but those whose tuples stay in windows of counts (the last 10) or of
        // event time (the event far ahead): the run finished all the same.
        assertThat(run.succeeded()).isTrue();
        assertThat(run.treesFailed()).isEqualTo(0);
        assertThat(run.treesAcked() + run.treesPending()).isEqualTo(COUNTED.size() + TIMED.size() + STAMPED.size());
        assertThat(run.treesInWindows()).isEqualTo(run.treesPending());
        // The windows of event time without a late stream: the late events left out, and said so
        // once (the second within 30 s only counted), where Storm logs each.
        assertThat(run.errors()).hasSize(1);
        ReportedError late = run.errors().get(0);
        assertThat(late.component()).isEqualTo("eventUnasked");
        assertThat(late.message()).contains("received a late tuple from \"stamped\" (stream \"default\", ts = 11000):"
                + " the watermark had passed its time, so every window it belongs to had fired. It was acked and left"
                + " out. Set lateStream on @Window to receive late tuples, or a longer maxLag to count them");
    }

    @Test
    void aProcessKilledMidWindowIsRestartedAndTheWindowsAfterItAreExact() throws Exception {
        TopologyRun run = withEvents(LocalTopology.of(WindowsTopology.class))
                .withConfig("windows.crashAt", 24)
                .withConfig("windows.crashIn", "countSliding")
                .withConfig("windows.dir", dir.toString())
                .run();

        // The window [15..24] killed the sliding bolt's process before it emitted; the restarted
        // one got it whole, and every window is as if nothing had happened.
        List<ReportedError> crashes = run.errors().stream().filter(e -> e.component().equals("countSliding")).toList();
        assertThat(crashes).hasSize(1);
        String message = crashes.get(0).message();
        assertThat(message).containsMatch("bolt \"countSliding\" \\(WindowsCountSlidingBolt, task \\d+\\): its"
                + " subprocess \\(pid \\d+, `python3 shellgen/run.py windows.py`\\) exited with status 3.");
        assertThat(message).containsMatch("It had not finished (a window: the next subprocess is given it again|\\d+"
                + " windows: the next subprocess is given them again)");
        assertThat(message).contains("No tuple is failed");
        assertThat(message).contains("Restarting it now");
        assertCountWindowsExact(run);
        assertTimeWindowsExact(run);
        assertEventTimeWindowsExact(run);
        assertThat(run.treesFailed()).isEqualTo(0);
    }

    /** Count windows: each window's tuples, new and expired as the counts say; the last 10 held. */
    private static void assertCountWindowsExact(TopologyRun run) {
        List<Seen> sliding = windows(run, "countSliding");
        assertThat(sliding).hasSize(10);
        for (int k = 1; k <= 10; k++) {
            Seen window = sliding.get(k - 1);
            assertThat(window.ns()).isEqualTo(range(5L * k - 10, 5L * k));
            assertThat(window.fresh()).isEqualTo(range(5L * k - 5, 5L * k));
            assertThat(window.expired()).isEqualTo(k < 3 ? List.of() : range(5L * k - 15, 5L * k - 10));
            assertThat(window.start()).isNull(); // a window of counts has no start
        }
        List<Seen> tumbling = windows(run, "countTumbling");
        assertThat(tumbling).hasSize(5);
        for (int k = 1; k <= 5; k++) {
            Seen window = tumbling.get(k - 1);
            assertThat(window.ns()).isEqualTo(range(10L * k - 10, 10L * k));
            assertThat(window.fresh()).isEqualTo(window.ns());
            assertThat(window.expired()).isEqualTo(k == 1 ? List.of() : range(10L * k - 20, 10L * k - 10));
        }
        // The last 10 stay in both windows (a count window lets a tuple go only when more come):
        // the 40 before them left every window, and were acked.
        assertThat(run.component("counted").acked()).isEqualTo(40);
    }

    /** Time windows: what arrived in them, each the one before less the expired plus the new; all acked. */
    private static void assertTimeWindowsExact(TopologyRun run) {
        List<Long> all = range(0, 30);
        List<Seen> tumbling = windows(run, "timeTumbling");
        assertThat(tumbling.stream().flatMap(w -> w.ns().stream()).toList()).isEqualTo(all);
        for (int k = 0; k < tumbling.size(); k++) {
            Seen window = tumbling.get(k);
            assertThat(window.fresh()).isEqualTo(window.ns());
            assertThat(window.expired()).isEqualTo(k == 0 ? List.of() : tumbling.get(k - 1).ns());
            assertThat(window.end() - window.start()).isEqualTo(700);
        }
        List<Seen> sliding = windows(run, "timeSliding");
        assertThat(sliding.size()).isAtLeast(3);
        List<Long> previous = List.of();
        for (Seen window : sliding) {
            List<Long> expected = new ArrayList<>(previous);
            expected.removeAll(window.expired());
            expected.addAll(window.fresh());
            assertThat(window.ns()).isEqualTo(expected);
            assertThat(window.end() - window.start()).isEqualTo(1000);
            previous = window.ns();
        }
        assertThat(sliding.stream().flatMap(w -> w.fresh().stream()).toList()).isEqualTo(all);
        // A window of processing time lets its tuples go as time passes: every tree acked.
        assertThat(run.component("timed").acked()).isEqualTo(30);
    }

    /**
     * Event time: every window of 2 s ending on a whole second that holds an event, each with exactly
     * the events of its time, whatever order they came in; the late events on the late stream.
     */
    private static void assertEventTimeWindowsExact(TopologyRun run) {
        Map<Long, Long> timeOf = new TreeMap<>();
        STAMPED.subList(0, 60).forEach(e -> timeOf.put(e.get(0), e.get(1)));
        List<Seen> sliding = windows(run, "eventSliding");
        assertThat(sliding.stream().map(Seen::end).toList()).isEqualTo(LongStream.rangeClosed(10, 18)
                .map(s -> s * 1000)
                .filter(end -> timeOf.values().stream().anyMatch(ts -> ts > end - 2000 && ts <= end))
                .boxed().toList());
        for (Seen window : sliding) {
            assertThat(window.start()).isEqualTo(window.end() - 2000);
            List<Long> expected = timeOf.entrySet().stream()
                    .filter(e -> e.getValue() > window.start() && e.getValue() <= window.end())
                    .map(Map.Entry::getKey).toList();
            assertThat(window.ns().stream().sorted().toList()).isEqualTo(expected);
        }
        // The late events, as they came, on the late stream: acked, not in any window.
        assertThat(run.emitted("eventSliding", "late").stream().map(WindowsTest::numbers).toList())
                .containsExactly(List.of(60L, 11_000L), List.of(61L, 11_100L));
        assertThat(sliding.stream().flatMap(w -> w.ns().stream()).collect(Collectors.toSet()))
                .containsNoneOf(60L, 61L, 62L);
        assertThat(windows(run, "eventUnasked")).isEqualTo(sliding);
    }
}
