package io.github.shellgen.runtime;

import java.io.IOException;
import java.util.List;
import org.apache.storm.multilang.BoltMsg;
import org.apache.storm.multilang.ISerializer;
import org.apache.storm.multilang.NoOutputException;
import org.apache.storm.multilang.ShellMsg;
import org.apache.storm.multilang.SpoutMsg;

/** Storm's multilang protocol through a Storm serializer: each message written (and flushed) at once. */
final class JsonWire implements Wire {

    private final ISerializer serializer;

    JsonWire(ISerializer serializer) {
        this.serializer = serializer;
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
