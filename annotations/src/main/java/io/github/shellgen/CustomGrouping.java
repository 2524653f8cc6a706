package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a stream of another component with a grouping of your own: a
 * public class with a public no-arg constructor that implements Storm's
 * {@code org.apache.storm.grouping.CustomStreamGrouping}.
 *
 * <pre>{@code
 * @CustomGrouping(from = Splitter.class, using = FirstLetterGrouping.class)
 * }</pre>
 *
 * <p>Repeatable: put one per input. In the generated Flux file it is a stream with grouping type
 * {@code CUSTOM} and {@code customClass} the class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(CustomGrouping.List.class)
public @interface CustomGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** The grouping class: public, with a public no-arg constructor, implementing {@code CustomStreamGrouping}. */
    Class<?> using();

    /** Holds several {@link CustomGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        CustomGrouping[] value();
    }
}
