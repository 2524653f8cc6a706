package io.github.shellgen.processor.model;

import java.util.List;

/**
 * One input of a bolt: the upstream component's id, the stream of it, and how tuples are spread
 * ({@code fields} is non-empty only for {@link GroupingType#FIELDS}).
 */
public record GroupingModel(GroupingType type, String fromId, String streamId, List<String> fields) {

    public GroupingModel {
        fields = List.copyOf(fields);
    }
}
