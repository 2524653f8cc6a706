package io.github.shellgen.runtime;

import java.util.Map;

/**
 * The configuration keys of storm-shellgen's shell components. Set them for the whole topology in
 * its configuration ({@code @Topology(config = @Conf(...))}, or {@code -c key=value} with
 * {@code storm jar}), or for one component in its own ({@code config = @Conf(...)} on the component).
 */
public final class RuntimeConfig {

    /**
     * How many times a component's subprocess is restarted within any 60 seconds (default
     * {@value #DEFAULT_RESTARTS_PER_MINUTE}). One more failure in that window and the component gives
     * up: it stops its worker, as Storm's shell components do at the first failure. 0 restarts
     * never. Restarts after the first within a minute wait 1, 2, 4, then 8 seconds.
     */
    public static final String RESTARTS_PER_MINUTE = "shellgen.subprocess.restarts.per.minute";

    public static final int DEFAULT_RESTARTS_PER_MINUTE = 5;

    /**
     * The largest message a subprocess may send, in bytes (default 64 MiB); a larger one is a
     * protocol failure: the subprocess is killed and restarted instead of filling the worker's heap.
     * Applies to Storm's JSON serializer (and serializers extending it).
     */
    public static final String MAX_MESSAGE_BYTES = "shellgen.multilang.max.message.bytes";

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L << 20;

    /**
     * The environment variable that tells a subprocess its component's declared output streams, as
     * JSON: {@code {"stream": {"fields": ["f1", ...], "direct": false}, ...}}. storm-shellgen's Python
     * runtime checks each emit against it.
     */
    public static final String STREAMS_ENV = "SHELLGEN_STREAMS";

    private RuntimeConfig() {}

    static int restartsPerMinute(Map<String, Object> conf, String component) {
        return (int) nonNegative(conf, RESTARTS_PER_MINUTE, DEFAULT_RESTARTS_PER_MINUTE, component);
    }

    static long maxMessageBytes(Map<String, Object> conf, String component) {
        long value = nonNegative(conf, MAX_MESSAGE_BYTES, DEFAULT_MAX_MESSAGE_BYTES, component);
        return value == 0 ? Long.MAX_VALUE : value;
    }

    private static long nonNegative(Map<String, Object> conf, String key, long fallback, String component) {
        Object value = conf.get(key);
        if (value == null) {
            return fallback;
        }
        long number;
        if (value instanceof Number n && n.doubleValue() == n.longValue()) {
            number = n.longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                number = -1;
            }
        }
        if (number < 0) {
            throw new IllegalArgumentException(component + " cannot start: " + key + " is " + value
                    + ", not a whole number of at least 0. Set it in the topology's or the component's configuration.");
        }
        return number;
    }
}
