package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Subscribes the annotated bolt to a direct stream of another component with Storm's
 * {@code directGrouping}: the emitter picks the task of this bolt that receives each tuple, with
 * {@code emitDirect(task, tuple, stream=...)}. The stream must be declared with
 * {@code @Stream(..., direct = true)}.
 *
 * <pre>{@code
 * @DirectGrouping(from = Router.class, stream = "routed")
 * }</pre>
 *
 * <p>Storm 2.8.3 fails every direct emit from a multilang process (its JSON reader casts the task
 * id to the wrong type); storm-shellgen's Python runtime sends task ids in a form it reads, so
 * {@link PythonRuntime#SHELLGEN} components can emit directly. Repeatable: put one per input. In
 * the generated Flux file it is a stream with grouping type {@code DIRECT}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DirectGrouping.List.class)
public @interface DirectGrouping {

    /** The upstream component: another component interface nested in the same topology. */
    Class<?> from();

    /** The upstream component's stream to subscribe to. */
    String stream() default "default";

    /** Holds several {@link DirectGrouping} annotations on one bolt. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        DirectGrouping[] value();
    }
}
