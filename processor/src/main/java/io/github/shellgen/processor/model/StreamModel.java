package io.github.shellgen.processor.model;

import java.util.List;

/** An output stream a component declares: its id, its fields in order, and whether it is direct. */
public record StreamModel(String id, List<String> fields, boolean direct) {

    /** Storm's name for the stream a component emits to when it names none. */
    public static final String DEFAULT_ID = "default";

    public StreamModel {
        fields = List.copyOf(fields);
    }

    public boolean isDefault() {
        return DEFAULT_ID.equals(id);
    }
}
