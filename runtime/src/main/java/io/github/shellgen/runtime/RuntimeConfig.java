package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.File;
import java.util.Map;
import java.util.Optional;
import org.apache.storm.Config;

/**
 * The configuration keys of storm-shellgen's shell components. Set them for the whole topology in
 * its configuration ({@code @Topology(config = @Conf(...))}, or {@code -c key=value} with
 * {@code storm jar}), or for one component in its own ({@code config = @Conf(...)} on the component).
 */
public final class RuntimeConfig {

    /**
     * How many times a component's subprocess is restarted within any 60 seconds (default
     * {@value #DEFAULT_RESTARTS_PER_MINUTE}). One more failure in that window and the component gives
     * up: it stops its worker, as Storm's shell components do at the first failure. 0 restarts
     * never. Restarts after the first within a minute wait 1, 2, 4, then 8 seconds.
     */
    public static final String RESTARTS_PER_MINUTE = "shellgen.subprocess.restarts.per.minute";

    public static final int DEFAULT_RESTARTS_PER_MINUTE = 5;

    /**
     * How long a component's subprocess may take to start, in seconds (default
     * {@value #DEFAULT_STARTUP_TIMEOUT_SECS}): from its launch until it serves. For storm-shellgen's
     * Python runtime that is until the script is loaded and the component's {@code initialize()}
     * has returned (a model loaded there is part of the start); for {@code STOCK} scripts and other
     * commands, until they answer the handshake. 0 waits as long as it takes, as Storm's own shell
     * components do. The heartbeat timeout ({@code topology.subprocess.timeout.secs}) applies from
     * then on.
     */
    public static final String STARTUP_TIMEOUT_SECS = "shellgen.subprocess.startup.timeout.secs";

    public static final int DEFAULT_STARTUP_TIMEOUT_SECS = 120;

    /**
     * The largest message a subprocess may send, in bytes (default 64 MiB); a larger one is a
     * protocol failure: the subprocess is killed and restarted instead of filling the worker's heap.
     * Applies to Storm's JSON serializer (and serializers extending it).
     */
    public static final String MAX_MESSAGE_BYTES = "shellgen.multilang.max.message.bytes";

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L << 20;

    /**
     * The most tuple trees a storm-shellgen shell spout has pending (emitted with a message id, not
     * yet acked or failed) when neither the topology nor the spout sets {@code topology.max.spout.pending}
     * (default {@value #DEFAULT_MAX_SPOUT_PENDING}; 0 sets no limit, Storm's own default). Without a
     * limit a reliable spout fed without end can emit faster than the topology acks: its trees wait
     * in queues until they time out, are replayed, and time out again. A
     * {@code topology.max.spout.pending} in the topology's configuration (its {@code maxSpoutPending},
     * or {@code -c} at deploy time) or the spout's ({@code maxPending}) replaces it.
     */
    public static final String DEFAULT_SPOUT_PENDING = "shellgen.spout.default.max.pending";

    public static final int DEFAULT_MAX_SPOUT_PENDING = 1000;

    /**
     * The environment variable that tells a subprocess its component's declared output streams, as
     * JSON: {@code {"stream": {"fields": ["f1", ...], "direct": false}, ...}}. storm-shellgen's Python
     * runtime checks each emit against it.
     */
    public static final String STREAMS_ENV = "SHELLGEN_STREAMS";

    /**
     * The name a Python environment uploaded to Storm's blob store by {@code shellgen:submit} is
     * mapped to in {@code topology.blobstore.map} ({@code localname}): the worker's folder gets a
     * link of this name to the unpacked archive.
     */
    public static final String BLOB_PACKAGES_NAME = "shellgen-site-packages";

    /**
     * Where {@code shellgen:vendor -Dshellgen.packagesTo=blobstore} installs those packages, relative
     * to the build folder ({@code target/}); the build-time checks and {@code shellgen:run} find them
     * there.
     */
    public static final String BLOB_PACKAGES_BUILD_FOLDER = "shellgen/site-packages";

    /**
     * Where this jar holds the Python runtime (run.py, storm.py), its type stubs (storm.pyi) and the
     * unit-test helpers (shellgen_testing.py), as a class path resource folder: the processor copies
     * the runtime into topologies from here, the plugin the Python tools' files.
     */
    public static final String PYTHON_RESOURCES = "/io/github/shellgen/runtime/python/";

    /**
     * Where {@code shellgen:python-test} installs the packages the project's Python tests need
     * ({@code src/test/python/requirements.txt}), relative to the build folder; a debugged local run
     * imports debugpy from there too.
     */
    public static final String TEST_PACKAGES_BUILD_FOLDER = "shellgen/test-packages";

    /**
     * The environment variable that tells a subprocess where that unpacked environment is (an
     * absolute path), when the topology maps it: storm-shellgen's Python runtime puts it on
     * {@code sys.path} before the jar's {@code resources/site-packages/}.
     */
    public static final String BLOB_PACKAGES_ENV = "SHELLGEN_BLOB_PACKAGES";

    /**
     * Where the blob-store environment is linked for this worker ({@link #BLOB_PACKAGES_NAME} in the
     * worker's folder, its working directory), when {@code topology.blobstore.map} maps it.
     */
    public static Optional<String> blobPackages(Map<String, Object> conf) {
        Object map = conf.get(Config.TOPOLOGY_BLOBSTORE_MAP);
        if (map instanceof Map<?, ?> blobs) {
            for (Object blob : blobs.values()) {
                if (blob instanceof Map<?, ?> settings && BLOB_PACKAGES_NAME.equals(settings.get("localname"))) {
                    return Optional.of(new File(System.getProperty("user.dir"), BLOB_PACKAGES_NAME)
                            .getAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A windowed shell bolt's timestamp field, in its component configuration: set, its window is one
     * of event time, taken from that field of each tuple (Storm has no key for it: a Java bolt sets
     * it in code, with {@code withTimestampField}).
     */
    public static final String WINDOW_TIMESTAMP_FIELD = "shellgen.window.timestamp.field";

    /**
     * Set (true) in the configuration a stateful shell bolt's subprocess starts with: storm-shellgen's
     * Python runtime then expects a storm.StatefulBolt, and refuses any other class.
     */
    public static final String STATEFUL = "shellgen.bolt.stateful";

    /**
     * The most tuples in one batch of a batch bolt ({@code @Batch(maxSize)}), in the configuration its
     * subprocess starts with: storm-shellgen's Python runtime then expects a storm.BatchBolt, and
     * refuses any other class.
     */
    public static final String BATCH_MAX_SIZE = "shellgen.bolt.batch.max.size";

    /**
     * How long, in milliseconds, a batch bolt's batch waits for more tuples after its first
     * ({@code @Batch(maxWait)}), in the configuration its subprocess starts with.
     */
    public static final String BATCH_MAX_WAIT_MS = "shellgen.bolt.batch.max.wait.ms";

    private RuntimeConfig() {}

    static int restartsPerMinute(Map<String, Object> conf, String component) {
        return (int) nonNegative(conf, RESTARTS_PER_MINUTE, DEFAULT_RESTARTS_PER_MINUTE, component);
    }

    /** The spout's limit on pending trees: Storm's key if set, else storm-shellgen's default; -1 for none. */
    static long maxSpoutPending(Map<String, Object> conf, String component) {
        Object storms = conf.get(Config.TOPOLOGY_MAX_SPOUT_PENDING);
        if (storms instanceof Number n) {
            return n.longValue() > 0 ? n.longValue() : -1;
        }
        long fallback = nonNegative(conf, DEFAULT_SPOUT_PENDING, DEFAULT_MAX_SPOUT_PENDING, component);
        return fallback == 0 ? -1 : fallback;
    }

    /** The startup limit in milliseconds; 0 for none. */
    static long startupTimeoutMillis(Map<String, Object> conf, String component) {
        return 1000L * nonNegative(conf, STARTUP_TIMEOUT_SECS, DEFAULT_STARTUP_TIMEOUT_SECS, component);
    }

    static long maxMessageBytes(Map<String, Object> conf, String component) {
        long value = nonNegative(conf, MAX_MESSAGE_BYTES, DEFAULT_MAX_MESSAGE_BYTES, component);
        return value == 0 ? Long.MAX_VALUE : value;
    }

    private static long nonNegative(Map<String, Object> conf, String key, long fallback, String component) {
        Object value = conf.get(key);
        if (value == null) {
            return fallback;
        }
        long number;
        if (value instanceof Number n && n.doubleValue() == n.longValue()) {
            number = n.longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                number = -1;
            }
        }
        if (number < 0) {
            throw new IllegalArgumentException(RuntimeMessage.SETTING_NOT_A_COUNT.format(component, key, value));
        }
        return number;
    }
}
