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

    /** Streams it emits to besides the default one, each with its id and fields. */
    Stream[] streams() default {};

    /**
     * The component id in the topology. Default: the interface's simple name with its first
     * letter in lower case ({@code Splitter} becomes {@code "splitter"}).
     */
    String id() default "";

    /** How many executors (threads, each with its own subprocess) run this component. */
    int parallelism() default 1;

    /** How many tasks run this component; {@code 0} (the default) means one per executor. */
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

    /** Environment variables of the subprocess, on top of the worker's own. */
    Env[] env() default {};

    /**
     * Component configuration: keys of your own (Storm keeps them, and the script finds them in
     * its {@code conf}) or the few Storm keys Storm honours per component. Storm silently drops its
     * other keys from a component's configuration; the processor reports them.
     */
    Conf[] config() default {};

    /**
     * Seconds the subprocess may go without answering before Storm kills the worker
     * ({@code topology.subprocess.timeout.secs}); {@code 0} (the default) keeps the topology's
     * value. Storm ignores this key in component configuration: the generated class applies it
     * when the component starts.
     */
    int subprocessTimeoutSecs() default 0;

    /**
     * Whether the subprocess runs in the topology's {@code resources/} folder (the default, where
     * the scripts are), or in the worker's own working directory (to read files the worker sees,
     * such as blobs). Either way the command's files in {@code resources/} are found: when it
     * runs elsewhere, the generated class passes them by absolute path.
     */
    boolean runInResourcesDir() default true;

    /** Metrics the script updates with {@code storm.rpcMetrics}; the generated class registers them. */
    Metric[] metrics() default {};

    /**
     * How many tuples of this spout may be pending (emitted with an id, not yet acked or failed)
     * per task ({@code topology.max.spout.pending} in its component configuration); {@code 0} (the
     * default) keeps the topology's value.
     */
    int maxPending() default 0;

    /**
     * Restarts of the subprocess allowed within any 60 seconds
     * ({@code shellgen.subprocess.restarts.per.minute}); one more failure and the component gives
     * up, stopping its worker. {@code 0} never restarts (Storm's own behaviour); {@code -1} (the
     * default) keeps the topology's value, 5 unless its configuration says otherwise.
     */
    int restartsPerMinute() default -1;

    /**
     * How long the subprocess may take to start, in seconds
     * ({@code shellgen.subprocess.startup.timeout.secs}): for storm-shellgen's Python runtime, until
     * the script has loaded and the component's {@code initialize()} has returned; for {@code STOCK}
     * scripts and other commands, until they answer the handshake. Loading a model for minutes is a
     * start, not a hang: raise this for it. {@code 0} waits as long as it takes (Storm's own
     * behaviour); {@code -1} (the default) keeps the topology's value, 120 s unless its configuration
     * says otherwise.
     */
    int startupTimeoutSecs() default -1;
}
