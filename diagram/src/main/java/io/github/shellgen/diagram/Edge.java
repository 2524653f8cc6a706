package io.github.shellgen.diagram;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One subscription: bolt {@code to} reads stream {@code stream} of component {@code from}.
 *
 * @param from the component that emits
 * @param stream the stream id
 * @param streamFields the stream's fields, in order
 * @param direct whether the stream is direct (the emitter picks the task)
 * @param to the bolt that subscribes
 * @param grouping how tuples are spread over the bolt's tasks, as a person names it
 *     ({@code "shuffle"}, {@code "fields"}, {@code "custom FirstLetterGrouping"}, ...)
 * @param groupingFields the fields a fields or partial-key grouping groups by; empty otherwise
 * @param count from a run: tuples the bolt was given on this subscription; empty in the build's picture
 */
public record Edge(
        String from,
        String stream,
        List<String> streamFields,
        boolean direct,
        String to,
        String grouping,
        List<String> groupingFields,
        OptionalLong count) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(stream, "stream");
        streamFields = List.copyOf(streamFields);
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(grouping, "grouping");
        groupingFields = List.copyOf(groupingFields);
        Objects.requireNonNull(count, "count");
    }

    /** A subscription as the build knows it, without counts. */
    public Edge(String from, String stream, List<String> streamFields, boolean direct, String to, String grouping,
            List<String> groupingFields) {
        this(from, stream, streamFields, direct, to, grouping, groupingFields, OptionalLong.empty());
    }

    /** What identifies the subscription in a run: Storm allows one per bolt, component and stream. */
    public Key key() {
        return new Key(from, stream, to);
    }

    Edge counted(long tuples) {
        return new Edge(from, stream, streamFields, direct, to, grouping, groupingFields, OptionalLong.of(tuples));
    }

    /** Bolt {@code to}'s subscription to stream {@code stream} of {@code from}. */
    public record Key(String from, String stream, String to) {}
}
