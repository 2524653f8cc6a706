package io.github.shellgen.processor.storm;

import java.util.Set;

/**
 * The keys of Storm's configuration that the processor sets or judges besides those an annotation
 * attribute sets (which are {@link Setting}'s), and what Storm does with a component's configuration.
 */
public final class StormConfig {

    /** How often an idle executor parks before it sleeps (Storm's progressive wait strategy). */
    public static final String BOLT_LEVEL2_COUNT = "topology.bolt.wait.progressive.level2.count";
    public static final String SPOUT_LEVEL2_COUNT = "topology.spout.wait.progressive.level2.count";

    /** The keys of Storm's windowing executor, which {@code @Window} sets in a bolt's component configuration. */
    public static final String WINDOW_LENGTH_COUNT = "topology.bolts.window.length.count";
    public static final String WINDOW_LENGTH_MS = "topology.bolts.window.length.duration.ms";
    public static final String WINDOW_SLIDING_COUNT = "topology.bolts.window.sliding.interval.count";
    public static final String WINDOW_SLIDING_MS = "topology.bolts.window.sliding.interval.duration.ms";
    public static final String WINDOW_MAX_LAG_MS = "topology.bolts.tuple.timestamp.max.lag.ms";
    public static final String WINDOW_WATERMARK_MS = "topology.bolts.watermark.event.interval.ms";
    public static final String WINDOW_LATE_STREAM = "topology.bolts.late.tuple.stream";
    public static final Set<String> WINDOW_KEYS = Set.of(WINDOW_LENGTH_COUNT, WINDOW_LENGTH_MS, WINDOW_SLIDING_COUNT,
            WINDOW_SLIDING_MS, WINDOW_MAX_LAG_MS, WINDOW_WATERMARK_MS, WINDOW_LATE_STREAM);

    /** The keys of Storm's checkpointing, which {@code @Topology}'s state attributes set in the topology's configuration. */
    public static final String STATE_PROVIDER = "topology.state.provider";
    public static final String STATE_PROVIDER_CONFIG = "topology.state.provider.config";
    public static final String CHECKPOINT_INTERVAL_MS = "topology.state.checkpoint.interval.ms";

    /**
     * storm-redis' provider, whose configuration names the serializer of keys ({@code keySerializerClass});
     * its reader refuses a field it does not know, so only its configuration gets storm-shellgen's.
     */
    public static final String REDIS_STATE_PROVIDER = "org.apache.storm.redis.state.RedisKeyValueStateProvider";
    public static final String REDIS_KEY_SERIALIZER_FIELD = "keySerializerClass";

    /**
     * The keys of Storm's {@code Config} that Storm keeps in a component's configuration (read from
     * Storm 2.8.3's {@code Executor.normalizedComponentConf}); it drops every other key of
     * {@code Config} from it, silently.
     */
    public static final Set<String> KEPT_IN_COMPONENT_CONF = Set.of(
            "topology.debug",
            "topology.max.spout.pending",
            "topology.max.task.parallelism",
            "topology.transactional.id",
            "topology.tick.tuple.freq.secs",
            "topology.sleep.spout.wait.strategy.time.ms",
            "topology.spout.wait.strategy",
            WINDOW_LENGTH_COUNT,
            WINDOW_LENGTH_MS,
            WINDOW_SLIDING_COUNT,
            WINDOW_SLIDING_MS,
            WINDOW_MAX_LAG_MS,
            "topology.bolts.message.id.field.name",
            STATE_PROVIDER,
            STATE_PROVIDER_CONFIG,
            WINDOW_LATE_STREAM);

    /** Storm's {@code topology.message.timeout.secs} when nothing sets it (its {@code defaults.yaml}). */
    public static final int DEFAULT_MESSAGE_TIMEOUT_SECS = 30;

    /** storm-shellgen's namespace of keys, read by its runtime on the workers. */
    public static final String SHELLGEN_PREFIX = "shellgen.";

    /**
     * Every key of storm-shellgen's runtime ({@code RuntimeConfig} in shellgen-runtime, which the
     * processor does not depend on; a test keeps the two equal). Each holds a whole number of at
     * least 0: anything else makes every shell component refuse to start.
     */
    public static final Set<String> SHELLGEN_KEYS = Set.of(
            Setting.RESTARTS_PER_MINUTE.key(),
            Setting.STARTUP_TIMEOUT.key(),
            "shellgen.multilang.max.message.bytes",
            "shellgen.spout.default.max.pending");

    /**
     * The limit on pending tuple trees a shell spout keeps when neither it nor the topology sets
     * {@code topology.max.spout.pending}: the runtime's default for
     * {@code shellgen.spout.default.max.pending} (a test keeps the two equal), shown in the diagram.
     */
    public static final int DEFAULT_SHELL_SPOUT_PENDING = 1000;

    private StormConfig() {}
}
