package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bolt run by any command that speaks Storm's multilang protocol: Node.js with Storm's
 * {@code storm.js}, Ruby with {@code storm.rb}, a native program. Put it on an interface nested in a
 * {@link Topology}.
 *
 * <pre>{@code
 * @ShellBolt(command = {"node", "splitbolt.js"}, fields = "word")
 * @ShuffleGrouping(from = Sentences.class)
 * interface Splitter {}
 * }</pre>
 *
 * <p>The processor generates {@code <Enclosing><Name>Bolt}, a {@code ShellBolt} that implements
 * {@code IRichBolt} and this interface, runs the command in the topology's {@code resources/}
 * folder and declares the output fields. Each argument of the command that names a file of
 * {@code resources/} is checked at compile time; an argument with a script's extension
 * ({@code .js}, {@code .py}, {@code .rb}, ...) must name one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ShellBolt {

    /**
     * The command and its arguments, run in the topology's {@code resources/} folder:
     * {@code {"node", "splitbolt.js"}} runs {@code src/main/resources/resources/splitbolt.js} of a
     * Maven project (with {@code storm.js} next to it). The first element is the program: a
     * command on the worker's {@code PATH}, or a path.
     */
    String[] command();

    /**
     * The fields of the tuples the subprocess emits on the default stream, in order. Leave it empty
     * for a bolt that emits nothing (a sink).
     */
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






    /** Environment variables of the subprocess, on top of the worker's own. */
    Env[] env() default {};

    /**
     * Component configuration: keys of your own (Storm keeps them, and the script finds them in
     * the {@code conf} of the handshake) or the few Storm keys Storm honours per component. Storm silently drops its
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
     * Seconds between tick tuples sent to the script ({@code comp="__system", stream="__tick"});
     * {@code 0} (the default) sends none.
     */
    int tickFreqSecs() default 0;

    /**
     * How many tuples may wait for the subprocess ({@code topology.shellbolt.max.pending});
     * {@code 0} (the default) keeps the topology's value. Storm ignores this key in component
     * configuration: the generated class applies it when the bolt starts.
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
