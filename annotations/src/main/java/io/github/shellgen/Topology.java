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
 * jar. Both carry the topology configuration storm-shellgen chooses (see {@link #idleWait()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Topology {

    /**
     * The topology name: what {@code storm list} shows, what {@code storm kill} takes, and the
     * name of the generated Flux file ({@code name + ".yaml"}).
     */
    String name();

    /**
     * What idle executor threads do before they sleep, as the generated configuration sets it.
     * Default {@link IdleWait#AUTO}: with Python components, they sleep at once instead of spinning,
     * which leaves the CPU to the Python processes.
     */
    IdleWait idleWait() default IdleWait.AUTO;
}
