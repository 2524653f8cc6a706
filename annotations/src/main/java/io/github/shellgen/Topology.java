package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a Storm topology. Its nested interfaces annotated with a component
 * annotation ({@link PythonSpout}, {@link PythonBolt}) are the topology's components.
 *
 * <pre>{@code
 * @Topology(name = "wordcount")
 * public interface WordCount {
 *     @PythonSpout(script = "sentencespout.py", fields = "sentence")
 *     interface Sentences {}
 *
 *     @PythonBolt(script = "splitbolt.py", fields = "word")
 *     @ShuffleGrouping(from = Sentences.class)
 *     interface Splitter {}
 * }
 * }</pre>
 *
 * <p>For an interface {@code WordCount} the processor generates {@code WordCountTopology} in the
 * same package and the Flux file {@code wordcount.yaml} (the {@link #name()} plus {@code .yaml})
 * at the root of the class output, so it is the classpath resource {@code /wordcount.yaml} in the
 * jar, and next to it {@code wordcount.properties} and {@code wordcount.filter.yaml} for deploy-time
 * overrides with Flux's {@code --filter}. All carry the topology configuration written here and the
 * one storm-shellgen chooses (see {@link #idleWait()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Topology {

    /**
     * Where the processor lists the topologies of a compilation in its class output (hence in the
     * jar): one file per topology, named after it, holding the fully qualified name of its generated
     * {@code <Name>Topology} class. Tools such as {@code mvn shellgen:run} find topologies by it.
     */
    String INDEX_FOLDER = "META-INF/shellgen/topologies/";

    /**
     * The topology name: what {@code storm list} shows, what {@code storm kill} takes, and the
     * name of the generated Flux file ({@code name + ".yaml"}).
     */
    String name();

    /**
     * What idle executor threads do before they sleep, as the generated configuration sets it.
     * Default {@link IdleWait#AUTO}: with shell (Python or other) components, they sleep at once instead of spinning,
     * which leaves the CPU to the Python processes.
     */
    IdleWait idleWait() default IdleWait.AUTO;

    /** Worker processes ({@code topology.workers}); {@code 0} (the default) keeps Storm's (1). */
    int workers() default 0;

    /**
     * Acker executors ({@code topology.acker.executors}); {@code -1} (the default) keeps Storm's
     * (one per worker), {@code 0} turns acking off.
     */
    int ackers() default -1;

    /**
     * Seconds before a tuple tree that is not fully acked fails ({@code topology.message.timeout.secs});
     * {@code 0} (the default) keeps Storm's (30).
     */
    int messageTimeoutSecs() default 0;

    /**
     * Pending tuples per spout task ({@code topology.max.spout.pending}); {@code 0} (the default)
     * keeps Storm's (no limit).
     */
    int maxSpoutPending() default 0;

    /** Logs every tuple emitted, acked and failed ({@code topology.debug}). */
    boolean debug() default false;

    /** Any other topology configuration, such as {@code @Conf(key = "topology.max.task.parallelism", value = "4")}. */
    Conf[] config() default {};

    /**
     * Where the state of the topology's {@link Stateful} bolts is kept ({@code topology.state.provider}):
     * a class implementing {@code org.apache.storm.state.StateProvider}, such as storm-redis'
     * {@code org.apache.storm.redis.state.RedisKeyValueStateProvider} (state in Redis: survives the
     * worker) or Storm's {@code org.apache.storm.state.InMemoryKeyValueStateProvider} (state in the
     * worker's memory: for tests and local runs). Required when the topology has a stateful bolt.
     */
    Class<?> stateProvider() default void.class;

    /**
     * The provider's configuration ({@code topology.state.provider.config}), a JSON object, such as
     * {@code {"jedisPoolConfig": {"host": "127.0.0.1", "port": 6379}}} for Redis. For storm-redis'
     * provider storm-shellgen adds the serializer of its keys (UTF-8 text, readable in Redis) unless
     * it names one ({@code keySerializerClass}). Empty
     * (the default): the provider's defaults.
     */
    String stateConfig() default "";

    /**
     * How often Storm checkpoints the state ({@code topology.state.checkpoint.interval.ms}), a
     * duration such as {@code "500ms"} or {@code "2s"}; shorter than the message timeout, since the
     * tuples a stateful bolt has handled are acked when the checkpoint after them commits. Empty (the
     * default): Storm's (1 second).
     */
    String checkpointEvery() default "";

    /**
     * The serializer of the multilang protocol ({@code topology.multilang.serializer}): a public
     * class with a public no-arg constructor implementing {@code org.apache.storm.multilang.ISerializer}.
     * Default ({@code void.class}): Storm's {@code JsonSerializer}.
     */
    Class<?> multilangSerializer() default void.class;
}
