package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import org.apache.storm.tuple.Tuple;
import org.apache.storm.windowing.TimestampExtractor;

/**
 * A window's event time: the tuple's timestamp field, in milliseconds. Storm's own extractor casts
 * the value to {@code Long}; this one takes any whole number (a Python {@code int} arrives as an
 * {@code Integer} when it is small), and {@link #problem} says what is wrong with any other value,
 * which {@link WindowedShellBoltExecutor} reports instead of letting the cast stop the worker.
 */
final class EventTime implements TimestampExtractor {

    private static final long serialVersionUID = 1L;

    private final String field;

    EventTime(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    @Override
    public long extractTimestamp(Tuple tuple) {
        return ((Number) tuple.getValueByField(field)).longValue();
    }

    /** What is wrong with the tuple's timestamp, as a report's words; null when it has one. */
    String problem(Tuple tuple) {
        if (!tuple.contains(field)) {
            return RuntimeMessage.NO_TIMESTAMP_FIELD.format(tuple.getSourceComponent(), tuple.getSourceStreamId(),
                    tuple.getFields().toList(), field);
        }
        Object value = tuple.getValueByField(field);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return null;
        }
        return RuntimeMessage.TIMESTAMP_NOT_MILLIS.format(tuple.getSourceComponent(), tuple.getSourceStreamId(),
                field, value, value == null ? "null" : value.getClass().getSimpleName());
    }
}
