package io.github.shellgen.runtime.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.ISerializer;
import org.apache.storm.multilang.JsonSerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.multilang.SpoutMsg;

/** Storm's multilang protocol through a Storm serializer: each message written (and flushed) at once. */
public final class JsonWire implements Wire {

    private final ISerializer serializer;

    private JsonWire(ISerializer serializer) {
        this.serializer = serializer;
    }

    /**
     * Storm's protocol through {@code serializer}, on the subprocess' pipes. What a JSON serializer
     * reads goes through the {@link MessageSizeGuard} (it reads a message whole, however long).
     */
    public static JsonWire over(ISerializer serializer, OutputStream toProcess, InputStream fromProcess,
            long maxMessageBytes) {
        serializer.initialize(toProcess, serializer instanceof JsonSerializer
                ? new MessageSizeGuard(fromProcess, maxMessageBytes)
                : fromProcess);
        return new JsonWire(serializer);
    }

    @Override
    public void sendTuple(String id, String component, String stream, int task, List<Object> values)
            throws IOException {
        BoltMsg message = new BoltMsg();
        message.setId(id);
        message.setComp(component);
        message.setStream(stream);
        message.setTask(task);
        message.setTuple(values);
        serializer.writeBoltMsg(message);
    }

    @Override
    public void sendTaskIds(List<Integer> tasks) throws IOException {
        serializer.writeTaskIds(tasks);
    }

    @Override
    public void sendSpoutCommand(String command, Object id) throws IOException {
        SpoutMsg message = new SpoutMsg();
        message.setCommand(command);
        message.setId(id);
        serializer.writeSpoutMsg(message);
    }

    @Override
    public void flush() {
        // Storm's serializers flush every message.
    }

    @Override
    public boolean buffers() {
        return false;
    }

    @Override
    public ShellMsg receive() throws IOException, NoOutputException {
        return serializer.readShellMsg();
    }
}
