package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An existing Java spout joins the topology: a public class with a public no-arg constructor
 * that implements {@code IRichSpout}, wired like any other component.
 *
 * <pre>{@code
 * @JavaSpout(value = RandomSentenceSpout.class, fields = "sentence")
 * interface Sentences {}
 * }</pre>
 *
 * <p>Nothing is generated for it: the topology class and the Flux file use the class itself.
 * Storm learns its streams from the class's {@code declareOutputFields}; {@link #fields()} and
 * {@link #streams()} repeat them for the processor, which checks the wiring against them, and the
 * generated topology class checks, when it builds the topology, that the class declares exactly
 * those.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JavaSpout {

    /** The spout class. */
    Class<?> value();

    /** The fields of the default stream, as the class declares them. */
    String[] fields() default {};

    /** Its other streams, as the class declares them. */
    Stream[] streams() default {};

    /**
     * The component id in the topology. Default: the interface's simple name with its first
     * letter in lower case.
     */
    String id() default "";

    /** How many executors run this component. */
    int parallelism() default 1;

    /** How many tasks run this component; {@code 0} (the default) means one per executor. */
    int tasks() default 0;
}
