package com.example.trending;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.LocalTopology;
import io.github.shellgen.testing.TopologyRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trending topology on an in-process cluster, from the shaded jar: every window of event time
 * has the top words an independent computation finds in posts.txt, whatever order the posts came
 * in within the lag, and the post that came too late went to the late stream, as written.
 */
class TrendingIT {

    @Test
    void everyWindowHasTheTopWordsOfItsTimeAndTheLatePostGoesToTheLateStream() throws Exception {
        TopologyRun run = LocalTopology.of(TrendingTopology.class).run();

        List<ExpectedTrending.Trend> trends = ExpectedTrending.trends();
        assertThat(trends).hasSize(7);
        assertThat(run.emitted("trends").stream().map(TrendingIT::numbersAsLongs).toList())
                .containsExactlyElementsIn(trends.stream().flatMap(t -> t.tuples().stream()).toList()).inOrder();
        assertThat(run.emitted("trends", "late").stream().map(TrendingIT::numbersAsLongs).toList())
                .containsExactlyElementsIn(ExpectedTrending.late().stream()
                        .map(post -> List.<Object>of(post.text(), post.ts())).toList());
        assertThat(run.errors()).isEmpty();
        assertThat(run.succeeded()).isTrue();
        // The closing post waits in its window for a later one: the only tree not acked.
        assertThat(run.treesInWindows()).isEqualTo(1);
        assertThat(run.treesAcked()).isEqualTo(ExpectedTrending.posts().size() - 1);
    }

    private static List<Object> numbersAsLongs(List<Object> tuple) {
        return tuple.stream().map(value -> value instanceof Number n ? (Object) n.longValue() : value).toList();
    }
}
