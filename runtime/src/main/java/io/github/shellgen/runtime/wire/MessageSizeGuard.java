package io.github.shellgen.runtime.wire;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The subprocess' standard output, failing once one message of the JSON protocol (everything up to
 * a line {@code end}) grows past a limit. Storm's JSON serializer reads a message whole into memory
 * however long it is: a subprocess writing without end would fill the worker's heap.
 */
public final class MessageSizeGuard extends FilterInputStream {

    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super(RuntimeMessage.MESSAGE_TOO_LARGE.format(limit));
        }

        TooLargeException(String message) {
            super(message);
        }
    }

    private static final byte[] END = {'e', 'n', 'd'};

    private final long limit;
    private long sinceEnd;
    /** How much of "end" the current line has matched so far; -1 once it cannot be "end". */
    private int matched;

    MessageSizeGuard(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            see(buffer[i]);
        }
        return n;
    }

    private void see(byte b) throws TooLargeException {
        if (b == '\n') {
            if (matched == END.length) {
                sinceEnd = 0;
                matched = 0;
                return;
            }
            matched = 0;
        } else if (matched >= 0 && matched < END.length && b == END[matched]) {
            matched++;
        } else {
            matched = -1;
        }
        if (++sinceEnd > limit) {
            throw new TooLargeException(limit);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }
}
