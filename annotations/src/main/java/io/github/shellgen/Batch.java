package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link PythonBolt} or {@link ShellBolt} whose script takes its input in batches: the script, a
 * {@code storm.BatchBolt}, gets a list of tuples in each {@code process(batch)} call, so that one
 * numpy, pandas or model call handles many tuples. A batch is every tuple that has arrived, up to
 * {@link #maxSize()}; when fewer have arrived, the bolt waits up to {@link #maxWait()} after the
 * first for more, so a light load is never delayed longer than that.
 *
 * <pre>{@code
 * @PythonBolt(script = "score.py", fields = {"id", "score"})
 * @Batch(maxSize = 256, maxWait = "20ms")
 * @ShuffleGrouping(from = Events.class)
 * interface Scorer {}
 * }</pre>
 *
 * <p>Each tuple of a batch is still acked or failed on its own: when {@code process(batch)} returns,
 * the batch's tuples are acked, except those the script failed ({@code batch.fail(tuple)}); when it
 * raises, the exception is reported once and the batch's tuples not yet settled are failed, so a
 * reliable spout replays them. Emits name the input tuples they are anchored to
 * ({@code storm.emit(values, anchors=[tuple])}). A tick tuple, and the end of the process, hand
 * the script what is buffered first. A batch bolt runs on storm-shellgen's Python runtime
 * ({@code runtime = SHELLGEN}, the default); it has no {@link Window} and is not {@link Stateful}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Batch {

    /** The most tuples in one batch: 1 to 100,000 (default 100). */
    int maxSize() default 100;

    /**
     * How long the bolt waits, after the first tuple of a batch, for more to arrive when fewer than
     * {@link #maxSize()} have: a duration ({@code "20ms"}, {@code "1s"}), shorter than the topology's
     * message timeout. {@code "0ms"} (the default) waits not at all: a batch is what has arrived by
     * the time the script is free, so batches grow with the load and a lone tuple goes at once.
     */
    String maxWait() default "0ms";
}
