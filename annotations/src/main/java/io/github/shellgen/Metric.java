package io.github.shellgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A metric a shell component's script updates with {@code storm.rpcMetrics(name, value)}. The
 * generated class registers it when the component starts (Storm throws "Could not find metric by
 * name" at the first update of a metric nobody registered), and Storm reports it every
 * {@link #intervalSecs()} to the topology's metrics consumers, like any other metric.
 *
 * <pre>{@code
 * metrics = @Metric(name = "words", type = Metric.Type.COUNT, intervalSecs = 10)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Metric {

    /** The name the script passes to {@code rpcMetrics}, and consumers see. */
    String name();

    /** What an update does. */
    Type type() default Type.COUNT;

    /** How often, in seconds, the metric is reported (and reset). */
    int intervalSecs() default 60;

    /** The kinds of shell metric Storm offers ({@code org.apache.storm.metric.api.rpc}). */
    enum Type {
        /** {@code CountShellMetric}: {@code rpcMetrics(name, n)} adds n ({@code None} adds 1); reports the sum. */
        COUNT,
        /** {@code AssignableShellMetric}: {@code rpcMetrics(name, value)} sets the value; reports the last one. */
        ASSIGN,
        /** {@code ReducedShellMetric} with {@code MeanReducer}: reports the mean of the numbers sent. */
        MEAN
    }
}
