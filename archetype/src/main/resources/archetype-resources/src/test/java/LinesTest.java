package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void countsEveryWordOfTheInput() throws Exception {
        TopologyRun run = LocalTopology.of(LinesTopology.class)
                .withInput("reader", List.of("to be or not to be"), List.of("be quick"))
                .run();

        // The counter emits a running count per word: the last one is the total.
        Map<String, Number> counts = new TreeMap<>();
        for (List<Object> tuple : run.emitted("counter")) {
            counts.merge((String) tuple.get(0), (Number) tuple.get(1),
                    (a, b) -> Math.max(a.longValue(), b.longValue()));
        }
        assertEquals(Map.of("be", 3L, "not", 1L, "or", 1L, "quick", 1L, "to", 2L), longs(counts));
        assertEquals(8, run.component("splitter").emitted());
        assertTrue(run.errors().isEmpty(), () -> "errors: " + run.errors());
        assertTrue(run.succeeded());
    }

    private static Map<String, Long> longs(Map<String, Number> counts) {
        Map<String, Long> longs = new TreeMap<>();
        counts.forEach((word, count) -> longs.put(word, count.longValue()));
        return longs;
    }
}
