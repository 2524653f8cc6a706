package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One configuration entry: in {@link Topology#config()} it goes into the topology configuration,
 * in a component's {@code config} into that component's configuration, where its script reads it
 * from the {@code conf} of the handshake.
 *
 * <pre>{@code
 * config = {@Conf(key = "wordcount.min.length", value = "3"), @Conf(key = "wordcount.mode", value = "fast")}
 * }</pre>
 *
 * <p>{@link #value()} is read as JSON, the way {@code storm jar ... -c key=value} reads values:
 * {@code "3"} is the number 3, {@code "true"} a boolean, {@code "\"3\""} the string "3", and
 * anything that is not a JSON number, boolean or string stays the string as written.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Conf {

    /** The configuration key, such as {@code "topology.workers"} or {@code "wordcount.min.length"}. */
    String key();

    /** The value, read as JSON (see above). */
    String value();
}
