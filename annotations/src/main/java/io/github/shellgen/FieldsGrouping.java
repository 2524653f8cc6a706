package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component of the same topology with Storm's
 * {@code fieldsGrouping}: tuples with equal values in {@link #fields()} always go to the same task
 * of the bolt.
 *
 * <pre>{@code
 * @FieldsGrouping(from = Splitter.class, fields = "word")
 * }</pre>
 *
 * <p>Repeatable: put one per input. In the generated Flux file it is a stream with grouping type
 * {@code FIELDS}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(FieldsGrouping.List.class)
public @interface FieldsGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /**
     * The fields to group by: each must be a field of {@link #stream()} as the upstream component
     * declares it.
     */
    String[] fields();

    /** Holds several {@link FieldsGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        FieldsGrouping[] value();
    }
}
