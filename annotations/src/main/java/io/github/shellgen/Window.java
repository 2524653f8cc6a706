package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A window on a {@link PythonBolt} or {@link ShellBolt}: Storm buffers the bolt's input and hands the
 * script one window at a time, sliding or tumbling, by time or by tuple count, in processing time or
 * in event time (a timestamp field), with late tuples sent to a stream of their own. Storm's
 * windowing executor does the buffering, the firing, the expiry and the acking, as for a Java
 * {@code BaseWindowedBolt}; the script, a {@code storm.WindowedBolt}, gets each window in
 * {@code process(window)}.
 *
 * <pre>{@code
 * @PythonBolt(script = "trending.py", fields = {"word", "count", "windowEnd"},
 *             streams = @Stream(id = "late", fields = {"word", "ts"}))
 * @Window(length = "10s", every = "2s", timestampField = "ts", maxLag = "1s", lateStream = "late")
 * @FieldsGrouping(from = Splitter.class, fields = "word")
 * interface Trending {}
 * }</pre>
 *
 * <p>A length or interval is a duration ({@code "500ms"}, {@code "10s"}, {@code "5min"},
 * {@code "1h"}) or a tuple count ({@code "100 tuples"}). Every value is checked at compile time,
 * including what Storm would refuse only when the worker starts: a window whose length plus sliding
 * interval exceeds the topology's message timeout (or, for counts, its
 * {@code topology.max.spout.pending}).
 *
 * <p>Windows live in the worker's memory, as Storm's do: a tuple is acked once it has left every
 * window (and the script has handled those windows). If the worker dies, the tuples not yet acked
 * are replayed by a reliable spout, and the windows are built again from them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Window {

    /** How long the window is: a duration ({@code "10s"}) or a tuple count ({@code "100 tuples"}). */
    String length();

    /**
     * How often the window fires (its sliding interval), a duration or a tuple count; empty (the
     * default) for a tumbling window, which fires once per {@link #length()} and whose windows do not
     * overlap. Not longer than the length.
     */
    String every() default "";

    /**
     * The field of each input tuple that holds its event time, in milliseconds since the epoch (an
     * integer): set, windows are of event time, fired by watermarks, and a tuple older than the last
     * watermark is late. Every stream the bolt subscribes to must have this field. Empty (the
     * default): windows are of processing time, the time tuples arrive.
     */
    String timestampField() default "";

    /**
     * How far out of order event time may be, a duration: a tuple up to this much older than the
     * newest seen is still in time ({@code topology.bolts.tuple.timestamp.max.lag.ms}). Empty (the
     * default): none, as in Storm. Needs {@link #timestampField()}.
     */
    String maxLag() default "";

    /**
     * How often watermarks are computed, a duration
     * ({@code topology.bolts.watermark.event.interval.ms}); empty (the default) keeps Storm's 1 s.
     * Needs {@link #timestampField()}.
     */
    String watermarkEvery() default "";

    /**
     * The stream late tuples go to, as they came (same fields as the input); the bolt declares it in
     * its {@code streams}, with the input's fields. Empty (the default): a late tuple is acked and
     * left out, and reported at most once every 30 s with a count. Needs {@link #timestampField()}.
     */
    String lateStream() default "";
}
