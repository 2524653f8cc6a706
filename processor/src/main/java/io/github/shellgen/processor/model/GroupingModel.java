package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.processor.storm.GroupingType;
import java.util.List;

/**
 * One input of a bolt: the upstream component's id, the stream of it, and how tuples are spread.
 * {@code fields} is non-empty only for groupings by fields; {@code customClass} is set only for
 * {@link GroupingType#CUSTOM}.
 */
public record GroupingModel(GroupingType type, String fromId, String streamId, List<String> fields, ClassName customClass) {

    public GroupingModel {
        fields = List.copyOf(fields);
    }
}
