package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of a shell component's subprocess, added to the worker's environment.
 *
 * <pre>{@code
 * env = @Env(name = "PYTHONHASHSEED", value = "0")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Env {

    /** The variable's name: not empty, no {@code =}. */
    String name();

    /** Its value. */
    String value();
}
