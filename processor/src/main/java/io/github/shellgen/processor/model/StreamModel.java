package io.github.shellgen.processor.model;

import io.github.shellgen.processor.storm.StormNames;
import java.util.List;

/** An output stream a component declares: its id, its fields in order, and whether it is direct. */
public record StreamModel(String id, List<String> fields, boolean direct) {

    public StreamModel {
        fields = List.copyOf(fields);
    }

    public boolean isDefault() {
        return StormNames.DEFAULT_STREAM.equals(id);
    }
}
