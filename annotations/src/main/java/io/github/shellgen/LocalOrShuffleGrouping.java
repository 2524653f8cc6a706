package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component of the same topology with Storm's
 * {@code localOrShuffleGrouping}: tuples go to a task of the bolt in the same worker when there is
 * one, else as in a shuffle grouping.
 *
 * <pre>{@code
 * @LocalOrShuffleGrouping(from = Sentences.class)
 * }</pre>
 *
 * <p>Repeatable: put one per input. In the generated Flux file it is a stream with grouping type
 * {@code LOCAL_OR_SHUFFLE}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(LocalOrShuffleGrouping.List.class)
public @interface LocalOrShuffleGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** Holds several {@link LocalOrShuffleGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        LocalOrShuffleGrouping[] value();
    }
}
