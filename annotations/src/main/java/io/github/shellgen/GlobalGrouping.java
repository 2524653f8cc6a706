package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component of the same topology with Storm's
 * {@code globalGrouping}: every tuple goes to one task of the bolt (the one with the lowest task
 * id).
 *
 * <pre>{@code
 * @GlobalGrouping(from = Counter.class)
 * }</pre>
 *
 * <p>Repeatable: put one per input. In the generated Flux file it is a stream with grouping type
 * {@code GLOBAL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(GlobalGrouping.List.class)
public @interface GlobalGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** Holds several {@link GlobalGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        GlobalGrouping[] value();
    }
}
