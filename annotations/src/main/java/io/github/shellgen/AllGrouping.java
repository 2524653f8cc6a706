package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component of the same topology with Storm's
 * {@code allGrouping}: every tuple goes to every task of the bolt.
 *
 * <pre>{@code
 * @AllGrouping(from = Settings.class, stream = "reload")
 * }</pre>
 *
 * <p>Repeatable: put one per input. In the generated Flux file it is a stream with grouping type
 * {@code ALL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AllGrouping.List.class)
public @interface AllGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** Holds several {@link AllGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        AllGrouping[] value();
    }
}
