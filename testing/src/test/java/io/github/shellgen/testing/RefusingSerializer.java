package io.github.shellgen.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.JsonSerializer;

/**
 * Storm's JSON serializer, except that it throws (not an I/O error: a serializer's own exception)
 * the first time it is to write the tuple {@code [7]}, as a topology's own multilang serializer may
 * on a value it cannot write.
 */
public class RefusingSerializer extends JsonSerializer {

    static final AtomicBoolean REFUSED = new AtomicBoolean();

    @Override
    public void writeBoltMsg(BoltMsg message) throws IOException {
        if (List.of(7).equals(message.getTuple()) && REFUSED.compareAndSet(false, true)) {
            throw new IllegalArgumentException("cannot write " + message.getTuple());
        }
        super.writeBoltMsg(message);
    }
}
