package io.github.shellgen.runtime;

import java.nio.charset.StandardCharsets;
import org.apache.storm.state.Serializer;

/**
 * The keys of a stateful shell bolt's state as a state store keeps them: UTF-8 text, so that they
 * read as the script wrote them (in Redis, {@code HKEYS <component>-<task>}). storm-shellgen names
 * it as storm-redis' {@code keySerializerClass}. The values keep storm-redis' default serializer:
 * the same configuration serves Storm's checkpoint spout, whose values are not text.
 */
public final class StateKeySerializer implements Serializer<String> {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] serialize(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String deserialize(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
