package io.github.shellgen.runtime.wire;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class MessageSizeGuardTest {

    private static byte[] readAll(String protocol, long limit) throws IOException {
        try (InputStream in = new MessageSizeGuard(new ByteArrayInputStream(protocol.getBytes(UTF_8)), limit)) {
            return in.readAllBytes();
        }
    }

    @Test
    void messagesUpToTheLimitPassEachCountedFromTheLastEndLine() throws IOException {
        String message = "{\"command\":\"sync\"}\nend\n"; // 24 bytes
        String text = message.repeat(1000);

        assertThat(new String(readAll(text, message.length()), UTF_8)).isEqualTo(text);
    }

    @Test
    void aMessageLongerThanTheLimitFails() {
        String text = "{\"command\":\"emit\",\"tuple\":[\"" + "x".repeat(100) + "\"]}\nend\n";

        MessageSizeGuard.TooLargeException e = assertThrows(MessageSizeGuard.TooLargeException.class,
                () -> readAll(text, 64));
        assertThat(e).hasMessageThat().isEqualTo("sent a message larger than 64 bytes without its closing \"end\""
                + " line (shellgen.multilang.max.message.bytes)");
    }

    @Test
    void onlyALineThatIsExactlyEndEndsAMessage() {
        String text = "{\"a\":\"x\"}\nending\n{\"b\":\"y\"}\n xend\nend2\n";

        assertThrows(MessageSizeGuard.TooLargeException.class, () -> readAll(text, 30));
    }

    @Test
    void readingByteByByteCountsTheSame() throws IOException {
        String message = "{\"command\":\"sync\"}\nend\n";
        try (InputStream in = new MessageSizeGuard(new ByteArrayInputStream(message.repeat(3).getBytes(UTF_8)),
                message.length())) {
            int n = 0;
            while (in.read() >= 0) {
                n++;
            }
            assertThat(n).isEqualTo(message.length() * 3);
        }
    }
}
