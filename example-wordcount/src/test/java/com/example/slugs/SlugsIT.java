package com.example.slugs;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The slugs topology on an in-process cluster, from the shaded jar: its bolt imports
 * python-slugify, which python3 here does not have and the jar does (shellgen:vendor).
 */
class SlugsIT {

    @Test
    void theBoltImportsTheVendoredPackageAndSlugsEverySentence() throws Exception {
        ExpectedSlugs.assertPythonLacksSlugify();

        TopologyRun run = LocalTopology.of(SlugsTopology.class).quietPeriod(Duration.ofSeconds(1)).run();

        assertThat(run.errors()).isEmpty();
        assertThat(run.succeeded()).isTrue();
        Map<String, String> slugs = new TreeMap<>();
        run.emitted("slugger").forEach(t -> slugs.put((String) t.get(0), (String) t.get(1)));
        assertThat(slugs).containsExactlyEntriesIn(ExpectedSlugs.ofExampleText());
        assertThat(run.emitted("slugger")).hasSize(slugs.size());
    }
}
