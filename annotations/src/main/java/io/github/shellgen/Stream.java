package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An output stream besides the default one, declared in a component's {@code streams}. The script
 * emits to it by id ({@code storm.emit(tuple, stream="errors")}).
 *
 * <pre>{@code
 * @PythonBolt(script = "splitbolt.py", fields = "word",
 *             streams = @Stream(id = "long", fields = {"word", "length"}))
 * }</pre>
 *
 * <p>A bolt subscribes to it with {@code stream = "long"} on its grouping annotation. A direct
 * stream ({@link #direct()}) carries only tuples the script sends to one task with
 * {@code emitDirect}; its subscribers use {@link DirectGrouping}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Stream {

    /** The stream id: not {@code "default"} (that is {@code fields}), not starting with {@code __}. */
    String id();

    /** The fields of the tuples emitted to it, in order. */
    String[] fields();

    /** Whether it is a direct stream: the emitter picks the receiving task, with {@code emitDirect}. */
    boolean direct() default false;
}
