package io.github.shellgen.testing;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.utils.Utils;

/**
 * Runs a topology on an in-process Storm cluster ({@code LocalCluster}) with real subprocesses,
 * until the work is done, and returns what it did.
 *
 * <pre>{@code
 * TopologyRun run = LocalTopology.of(WordCountTopology.class)
 *         .withInput("sentences", List.of("the cat"), List.of("the dog"))
 *         .run();
 * assertThat(run.emitted("counter")).contains(List.of("the", 2L));
 * }</pre>
 *
 * <p>A run ends by itself when every tuple tree the spouts started has been acked, or failed and
 * not replayed, and no component has emitted, executed, acked or failed anything for the quiet
 * period (counted from when every task has started; at least one second longer than the longest
 * tick interval, so that a bolt that flushes on ticks is waited for). If that has not happened
 * within the time limit, {@link #run()} stops the topology and throws
 * {@link TimeLimitExceededException}, saying what was still pending. Either way the topology is
 * shut down in order (deactivated, drained, killed, the cluster stopped), its subprocesses are
 * gone, and Storm's "ShellBolt died" messages of that shutdown are not logged.
 *
 * <p>The run takes the topology's {@code resources/} folder (scripts, storm-shellgen's runtime)
 * from the jar or class-output directory its shell components were loaded from, whatever else on
 * the class path has a {@code resources/} folder of its own. One run at a time per JVM.
 */
public final class LocalTopology {

    /** Default quiet period: how long nothing must happen, once every tree is done, for the run to end. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(3);
    /** Default time limit, from the run's start (the in-process cluster starting). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

    private final String name;
    private final StormTopology topology;
    private final Map<String, Object> config;
    private final List<TrackedTopology.Input> inputs = new ArrayList<>();
    private final Map<String, Object> overrides = new HashMap<>();
    private Duration quietPeriod = DEFAULT_QUIET_PERIOD;
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private boolean timeLimitSet;
    private boolean debugging;
    private CapturePolicy capture = CapturePolicy.ALL;
    private Consumer<Progress> progress = p -> {};
    private Path resources;
    private Predicate<Progress> until;
    private Runnable beforeSubmit = () -> {};
    private Runnable beforeShutdown = () -> {};

    private LocalTopology(String name, StormTopology topology, Map<String, Object> config) {
        this.name = Objects.requireNonNull(name, "name");
        this.topology = Objects.requireNonNull(topology, "topology");
        this.config = Map.copyOf(config);
    }

    /**
     * The topology of a class storm-shellgen generated ({@code WordCountTopology}): its
     * {@code NAME}, {@code topology()} and {@code config()}.
     */
    public static LocalTopology of(Class<?> generatedTopologyClass) {
        try {
            Field nameField = generatedTopologyClass.getField("NAME");
            Method topologyMethod = generatedTopologyClass.getMethod("topology");
            Method configMethod = generatedTopologyClass.getMethod("config");
            if (!Modifier.isStatic(nameField.getModifiers()) || !Modifier.isStatic(topologyMethod.getModifiers())
                    || !Modifier.isStatic(configMethod.getModifiers())) {
                throw new NoSuchMethodException("static members");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) configMethod.invoke(null);
            return new LocalTopology((String) nameField.get(null), (StormTopology) topologyMethod.invoke(null), config);
        } catch (NoSuchFieldException | NoSuchMethodException | ClassCastException e) {
            throw new IllegalArgumentException(
                    TestingMessage.NOT_A_GENERATED_TOPOLOGY.format(generatedTopologyClass.getName()), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    TestingMessage.TOPOLOGY_NOT_BUILT.format(generatedTopologyClass.getName(), e.getCause()), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The topology stock Flux builds from a Flux file on the class path ({@code "/wordcount.yaml"}).
     * Needs {@code org.apache.storm:flux-core} on the class path.
     */
    public static LocalTopology fromFlux(String resource) {
        FluxSupport.Built built = FluxSupport.build(resource);
        return new LocalTopology(built.name(), built.topology(), built.config());
    }

    /** Any topology, with the configuration to submit it with. */
    public static LocalTopology of(String name, StormTopology topology, Map<String, Object> config) {
        return new LocalTopology(name, topology, config);
    }

    /**
     * Replaces spout {@code spout} by fixed tuples on its default stream, one value list each, emitted
     * once each with a message id (Storm's {@code FixedTupleSpout}); a failed one is not replayed.
     */
    public LocalTopology withInput(String spout, List<?>... tuples) {
        return withInput(spout, Utils.DEFAULT_STREAM_ID, Arrays.asList(tuples));
    }

    /** Replaces spout {@code spout} by fixed tuples on {@code stream}; may be called once per stream. */
    public LocalTopology withInput(String spout, String stream, List<? extends List<?>> tuples) {
        List<List<Object>> copies = new ArrayList<>();
        tuples.forEach(t -> copies.add(new ArrayList<>(t)));
        inputs.add(new TrackedTopology.Input(spout, stream, copies));
        return this;
    }

    /** Sets a topology configuration value for this run, over the topology's own. */
    public LocalTopology withConfig(String key, Object value) {
        overrides.put(key, value);
        return this;
    }

    /** How long nothing must happen, once every tuple tree is done, for the run to end; default 3 s. */
    public LocalTopology quietPeriod(Duration quietPeriod) {
        this.quietPeriod = requirePositive(quietPeriod, "quietPeriod");
        return this;
    }

    /**
     * How long the run may take, from its start (the in-process cluster starting, about 1.5 s before
     * submission), before it is stopped as unfinished; default 120 s.
     */
    public LocalTopology timeLimit(Duration timeLimit) {
        this.timeLimit = requirePositive(timeLimit, "timeLimit");
        this.timeLimitSet = true;
        return this;
    }

    /**
     * Starts {@code component}'s Python process (its first task's) under debugpy, listening on
     * 127.0.0.1:{@code port}, and waiting there for a debugger (VS Code, or any DAP client) before
     * it runs its script. Its heartbeat and startup limits are off; so that time stopped at a
     * breakpoint does not fail the tuples in flight, the message timeout becomes an hour and the
     * run's time limit too, unless set. debugpy is imported from the jar's vendored packages or the
     * machine's python3, or from {@code target/shellgen/test-packages/} (the packages of
     * {@code src/test/python/requirements.txt}); the script runs from {@code src/main/resources/resources/}
     * when it is the same file there, so that breakpoints set on it are hit. The component must run
     * on storm-shellgen's Python runtime.
     */
    public LocalTopology debug(String component, int port) {
        return debug(component, port, io.github.shellgen.runtime.Debugging.DEFAULT_DEBUGGER);
    }

    /**
     * As {@link #debug(String, int)}, with {@code debugger} {@code debugpy} or {@code pycharm}
     * (the process connects to PyCharm's debug server on {@code port}, with pydevd-pycharm).
     */
    public LocalTopology debug(String component, int port, String debugger) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(TestingMessage.NOT_A_PORT.format(port));
        }
        if (!debugger.equals("debugpy") && !debugger.equals("pycharm")) {
            throw new IllegalArgumentException(TestingMessage.NOT_A_DEBUGGER.format(debugger));
        }
        DebugRun.ask(overrides, component, port, debugger, Path.of("").toAbsolutePath());
        debugging = true;
        return this;
    }

    /** Keeps the emitted tuples of these components only (all by default); counts are kept for all. */
    public LocalTopology captureOnly(String... componentIds) {
        this.capture = new CapturePolicy(Set.of(componentIds));
        return this;
    }

    /**
     * Ends the run as soon as {@code done} holds, checked every 50 ms once every task has started,
     * instead of waiting for a quiet period: for a run whose outcome is known in advance, such as
     * {@code p -> p.treesAcked() >= sentences}.
     */
    public LocalTopology until(Predicate<Progress> done) {
        this.until = Objects.requireNonNull(done, "done");
        return this;
    }

    /** Called about once a second while the run goes on, on the thread that called {@link #run()}. */
    public LocalTopology onProgress(Consumer<Progress> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Runs {@code action} on the thread that called {@link #run()} once the in-process cluster is
     * up, just before the topology is submitted: a benchmark's starting point.
     */
    public LocalTopology beforeSubmit(Runnable action) {
        this.beforeSubmit = Objects.requireNonNull(action, "action");
        return this;
    }

    /**
     * Runs {@code action} on the thread that called {@link #run()} once the work is done (or the time
     * limit passed), before the topology is shut down: its subprocesses still live.
     */
    public LocalTopology beforeShutdown(Runnable action) {
        this.beforeShutdown = Objects.requireNonNull(action, "action");
        return this;
    }

    /**
     * Where the topology's {@code resources/} folder is: a jar, or a directory holding
     * {@code resources/}. Default: where the shell components' classes were loaded from.
     */
    public LocalTopology resourcesFrom(Path jarOrDirectory) {
        if (!ResourcesLocation.hasResourcesFolder(jarOrDirectory)) {
            throw new IllegalArgumentException(TestingMessage.NO_RESOURCES_FOLDER.format(jarOrDirectory));
        }
        this.resources = jarOrDirectory;
        return this;
    }

    /** The topology name. */
    public String name() {
        return name;
    }

    /**
     * Runs the topology until the work is done; see the class documentation.
     *
     * @throws TimeLimitExceededException if the work was not done within the time limit
     */
    public TopologyRun run() throws Exception {
        Map<String, Object> conf = new HashMap<>(config);
        conf.putAll(overrides);
        if (debugging) {
            conf.putIfAbsent(org.apache.storm.Config.TOPOLOGY_MESSAGE_TIMEOUT_SECS, DebugRun.PAUSE_SECS);
        }
        return new LocalRunner(new LocalRunner.Settings(name, topology, conf, List.copyOf(inputs), quietPeriod,
                effectiveTimeLimit(), capture, progress, Optional.ofNullable(until), Optional.ofNullable(resources), beforeSubmit,
                beforeShutdown)).run();
    }

    /** The time limit the run gets: the one set, else the default, or an hour for a debugged run. */
    Duration effectiveTimeLimit() {
        return debugging && !timeLimitSet ? Duration.ofSeconds(DebugRun.PAUSE_SECS) : timeLimit;
    }

    private static Duration requirePositive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(TestingMessage.NOT_POSITIVE.format(what, value));
        }
        return value;
    }
}
