package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A spout implemented by a Python script speaking Storm's multilang protocol (typically through
 * {@code storm.py}'s {@code Spout} class). Put it on an interface nested in a {@link Topology}.
 *
 * <pre>{@code
 * @PythonSpout(script = "sentencespout.py", fields = "sentence")
 * interface Sentences {}
 * }</pre>
 *
 * <p>The processor generates {@code <Enclosing><Name>Spout} (here {@code WordCountSentencesSpout}),
 * a {@code ShellSpout} that implements {@code IRichSpout} and this interface, runs
 * {@code python3 shellgen/run.py sentencespout.py} (see {@link #runtime()}) and declares the
 * output fields.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PythonSpout {

    /**
     * The script, relative to the jar's {@code resources/} folder: in a Maven project
     * {@code "sentencespout.py"} is {@code src/main/resources/resources/sentencespout.py}. Storm
     * starts the script with that folder as its working directory. With
     * {@link PythonRuntime#STOCK}, Storm's {@code storm.py} must be there too.
     */
    String script();

    /** The fields of the tuples the script emits on the default stream, in order. */
    String[] fields() default {};

    /**
     * The component id in the topology. Default: the interface's simple name with its first
     * letter in lower case ({@code Sentences} becomes {@code "sentences"}).
     */
    String id() default "";

    /** How many executors (threads, each with its own Python process) run this spout. */
    int parallelism() default 1;

    /** How many tasks run this spout; {@code 0} (the default) means one per executor. */
    int tasks() default 0;

    /** The interpreter that runs the script: a command on the worker's {@code PATH}, or a path. */
    String interpreter() default "python3";

    /**
     * The Python library behind the script's {@code import storm}: storm-shellgen's fast runtime
     * (the default, run as {@code python3 shellgen/run.py sentencespout.py}), or Storm's own
     * {@code storm.py} ({@link PythonRuntime#STOCK}, run as {@code python3 sentencespout.py}). See
     * {@link PythonRuntime} for the differences.
     */
    PythonRuntime runtime() default PythonRuntime.SHELLGEN;
}
