package io.github.shellgen.runtime.process;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.SubstituteLogger;

class StderrTailTest {

    @Test
    void logsWhatArrivesTogetherAsBoundedMessagesAndKeepsTheLastLines() {
        String written = IntStream.range(0, 120).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
        Queue<SubstituteLoggingEvent> events = new ConcurrentLinkedQueue<>();
        // With no delegate, SLF4J's substitute logger records every event in the queue (SLF4J 1.7 and 2.x,
        // as Storm 2.6 and 2.8 bring them).
        Logger log = new SubstituteLogger("stderr", events, false);

        StderrTail tail = new StderrTail(new ByteArrayInputStream(written.getBytes(UTF_8)), log, "ShellLog x:", "test");
        List<String> last = tail.lastLines(5_000);

        assertThat(last).hasSize(StderrTail.LINES_KEPT);
        assertThat(last.get(0)).isEqualTo("line 108");
        assertThat(last.get(StderrTail.LINES_KEPT - 1)).isEqualTo("line 119");
        // Every line is logged once, in order, in messages of at most 50 lines.
        List<String> messages = events.stream().map(e -> (String) e.getArgumentArray()[1]).toList();
        assertThat(messages.size()).isAtLeast(3);
        assertThat(messages.stream().mapToLong(m -> m.lines().count()).max().getAsLong()).isAtMost(50);
        assertThat(String.join("\n", messages) + "\n").isEqualTo(written);
    }
}
