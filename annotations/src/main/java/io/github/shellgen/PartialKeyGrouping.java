package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component with Storm's
 * {@code partialKeyGrouping}: like {@link FieldsGrouping}, but each key goes to the less loaded of
 * two candidate tasks, which spreads skewed keys (a few very frequent words) over two tasks. The
 * bolt then sees partial results per key, to be combined downstream.
 *
 * <pre>{@code
 * @PartialKeyGrouping(from = Splitter.class, fields = "word")
 * }</pre>
 *
 * <p>Flux 2.8 has no such grouping type: the generated Flux file uses a {@code CUSTOM} grouping
 * with {@code org.apache.storm.grouping.PartialKeyGrouping} and a {@code Fields} component, which
 * is what {@code TopologyBuilder.partialKeyGrouping} builds. Repeatable: put one per input.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(PartialKeyGrouping.List.class)
public @interface PartialKeyGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** The fields to group by: each must be a field of {@link #stream()} as the upstream declares it. */
    String[] fields();

    /** Holds several {@link PartialKeyGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        PartialKeyGrouping[] value();
    }
}
