package com.example.scoring;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The scoring topology on an in-process cluster, from the shaded jar: its batch bolt scores events
 * with numpy, vendored into the jar as a wheel with native code, and every event gets exactly one
 * score, the one this test computes itself from the model's formula.
 */
class ScoringIT {

    private static final int EVENTS = 2_000;
    private static final int FEATURES = 16;
    private static final int HIDDEN = 32;
    private static final int MEMBERS = 8;

    @Test
    void theBatchBoltScoresEveryEventOnceWithTheVendoredNumpy() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("wordcount.jar"))) {
            assertThat(jar.stream().map(e -> e.getName())
                    .anyMatch(name -> name.startsWith("resources/site-packages/numpy/") && name.endsWith(".so")))
                    .isTrue();
        }

        TopologyRun run = LocalTopology.of(ScoringTopology.class).withConfig("scoring.events", EVENTS)
                .quietPeriod(Duration.ofSeconds(1)).run();

        assertThat(run.errors()).isEmpty();
        assertThat(run.treesAcked()).isEqualTo(EVENTS);
        List<List<Object>> scored = run.emitted(ScoringScorerBolt.ID);
        assertThat(scored).hasSize(EVENTS);
        Map<Long, Double> scores = new HashMap<>();
        scored.forEach(t -> scores.put(((Number) t.get(0)).longValue(), ((Number) t.get(1)).doubleValue()));
        assertThat(scores).hasSize(EVENTS);
        for (long id = 0; id < EVENTS; id++) {
            assertThat(scores.get(id)).isWithin(1e-9).of(score(id));
        }
    }

    /** The model of scoring_model.py, as eventspout.py makes each event's features. */
    private static double score(long id) {
        double[] x = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            x[j] = ((id * 31 + j * 17) % 101) / 100.0 - 0.5;
        }
        double total = 0;
        for (int member = 0; member < MEMBERS; member++) {
            double out = 0.05;
            for (int i = 0; i < HIDDEN; i++) {
                double unit = member * HIDDEN + i;
                double sum = Math.cos(unit) * 0.1;
                for (int j = 0; j < FEATURES; j++) {
                    sum += x[j] * Math.sin(unit * FEATURES + j) * 0.5;
                }
                out += Math.tanh(sum) * Math.sin(unit * 7 + 3) * 0.3;
            }
            total += 1.0 / (1.0 + Math.exp(-out));
        }
        return total / MEMBERS;
    }
}
