package io.github.shellgen.testing;

import io.github.shellgen.runtime.SupervisedShellComponent;
import io.github.shellgen.runtime.WindowedShellBoltExecutor;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.storm.Config;
import org.apache.storm.Thrift;
import org.apache.storm.generated.Bolt;
import org.apache.storm.generated.ComponentCommon;
import org.apache.storm.generated.GlobalStreamId;
import org.apache.storm.generated.SpoutSpec;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.generated.StreamInfo;
import org.apache.storm.spout.ISpout;
import org.apache.storm.spout.CheckpointSpout;
import org.apache.storm.spout.ShellSpout;
import org.apache.storm.task.IBolt;
import org.apache.storm.task.ShellBolt;
import org.apache.storm.topology.CheckpointTupleForwarder;
import org.apache.storm.topology.StatefulBoltExecutor;
import org.apache.storm.testing.FixedTuple;
import org.apache.storm.testing.FixedTupleSpout;
import org.apache.storm.utils.ObjectReader;
import org.apache.storm.utils.Utils;

/**
 * The topology a run submits: a copy of the user's in which every spout and bolt is wrapped in a
 * {@link TrackedSpout}/{@link TrackedBolt}, and the spouts given fixed input are replaced by
 * Storm's own {@link FixedTupleSpout} (as {@code Testing.completeTopology} does with
 * {@code MockedSources}), keeping the streams they declare.
 */
final class TrackedTopology {

    /** Fixed tuples for one stream of one spout. */
    record Input(String spout, String stream, List<List<Object>> tuples) {}

    private final StormTopology topology;
    private final Map<String, String> runsByComponent = new LinkedHashMap<>();
    private final Map<String, String> kindByComponent = new TreeMap<>();
    private final List<FixedTupleSpout> fixedSpouts = new ArrayList<>();
    private final Optional<Path> resources;
    private final int longestTickSecs;

    TrackedTopology(String runId, StormTopology original, Map<String, Object> config, List<Input> inputs) {
        this.topology = original.deepCopy();
        Map<String, List<FixedTuple>> fixed = fixedTuples(inputs);
        Optional<Path> resources = Optional.empty();
        int longestTick = tickSecs(config);
        for (String id : new TreeMap<>(topology.get_spouts()).keySet()) {
            if (isStormsOwn(id)) {
                continue; // Storm's checkpoint spout runs as it is: it never runs dry, and starts no tree of the run's
            }
            SpoutSpec spec = topology.get_spouts().get(id);
            ISpout spout = (ISpout) Thrift.deserializeComponentObject(spec.get_spout_object());
            resources = resources.or(() -> shellResources(spout));
            ISpout running = spout;
            if (fixed.containsKey(id)) {
                FixedTupleSpout replacement = new FixedTupleSpout(fixed.get(id));
                fixedSpouts.add(replacement);
                running = replacement;
            }
            String runs = runs(running);
            runsByComponent.put(id, runs);
            kindByComponent.put(id, "spout");
            spec.set_spout_object(Thrift.serializeComponentObject(new TrackedSpout(runId, running, runs)));
        }
        for (String id : boltsInFlowOrder()) {
            Bolt spec = topology.get_bolts().get(id);
            IBolt bolt = (IBolt) Thrift.deserializeComponentObject(spec.get_bolt_object());
            // A windowed, stateful or checkpoint-forwarding bolt runs inside Storm's executor of it: what it runs is the bolt's.
            Object shell = inner(bolt);
            resources = resources.or(() -> shellResources(shell));
            String runs = runs(shell);
            runsByComponent.put(id, runs);
            kindByComponent.put(id, "bolt");
            longestTick = Math.max(longestTick, tickSecs(componentConfig(spec.get_common())));
            spec.set_bolt_object(Thrift.serializeComponentObject(new TrackedBolt(runId, bolt, runs)));
        }
        this.resources = resources;
        this.longestTickSecs = longestTick;
    }

    StormTopology topology() {
        return topology;
    }

    /** Component id to what it runs (command or class): spouts by id, then bolts in flow order. */
    Map<String, String> runsByComponent() {
        return runsByComponent;
    }

    Map<String, String> kindByComponent() {
        return kindByComponent;
    }

    /** Where the shell components' resources/ folder is, if a shell component's class has one next to it. */
    Optional<Path> resources() {
        return resources;
    }

    /** The longest tick interval of any bolt or of the topology, in seconds; 0 if none. */
    int longestTickSecs() {
        return longestTickSecs;
    }

    /** Frees what Storm's FixedTupleSpout keeps in static maps. */
    void cleanUp() {
        fixedSpouts.forEach(FixedTupleSpout::cleanup);
    }

    /**
     * Checks each input against the spout's declared stream (a spout of the topology, a stream it
     * declares, tuples of that stream's arity) and turns it into Storm's fixed tuples.
     */
    private Map<String, List<FixedTuple>> fixedTuples(List<Input> inputs) {
        Map<String, List<FixedTuple>> bySpout = new LinkedHashMap<>();
        for (Input input : inputs) {
            SpoutSpec spec = topology.get_spouts().get(input.spout());
            if (spec == null) {
                throw new IllegalArgumentException(TestingMessage.INPUT_NOT_A_SPOUT.format(input.spout(),
                        topology.get_spouts().keySet()));
            }
            Map<String, StreamInfo> streams = spec.get_common().get_streams();
            StreamInfo stream = streams.get(input.stream());
            if (stream == null) {
                throw new IllegalArgumentException(TestingMessage.INPUT_UNKNOWN_STREAM.format(input.stream(),
                        input.spout(), streams.keySet()));
            }
            List<String> fields = stream.get_output_fields();
            for (List<Object> tuple : input.tuples()) {
                if (tuple.size() != fields.size()) {
                    throw new IllegalArgumentException(TestingMessage.INPUT_ARITY.format(tuple, input.spout(),
                            tuple.size(), input.stream(), fields.size(), fields));
                }
                bySpout.computeIfAbsent(input.spout(), s -> new ArrayList<>()).add(new FixedTuple(input.stream(), tuple));
            }
            bySpout.computeIfAbsent(input.spout(), s -> new ArrayList<>());
        }
        return bySpout;
    }

    /** Bolts by their distance from the spouts (the longest chain of inputs), then by id. */
    private List<String> boltsInFlowOrder() {
        Map<String, Integer> depth = new HashMap<>();
        for (String bolt : topology.get_bolts().keySet()) {
            depth(bolt, depth, new HashSet<>());
        }
        List<String> bolts = new ArrayList<>(topology.get_bolts().keySet());
        bolts.sort(Comparator.<String>comparingInt(depth::get).thenComparing(Comparator.naturalOrder()));
        return bolts;
    }

    private int depth(String component, Map<String, Integer> memo, Set<String> visiting) {
        Bolt bolt = topology.get_bolts().get(component);
        if (bolt == null) {
            return 0; // a spout
        }
        Integer known = memo.get(component);
        if (known != null) {
            return known;
        }
        if (!visiting.add(component)) {
            return 0; // a loop of bolts: any order will do
        }
        int deepest = 0;
        for (GlobalStreamId input : bolt.get_common().get_inputs().keySet()) {
            deepest = Math.max(deepest, depth(input.get_componentId(), memo, visiting));
        }
        memo.put(component, deepest + 1);
        return deepest + 1;
    }

    private static Map<String, Object> componentConfig(ComponentCommon common) {
        String json = common.get_json_conf();
        return json == null ? Map.of() : Utils.parseJson(json);
    }

    private static int tickSecs(Map<String, Object> config) {
        Object value = config.get(Config.TOPOLOGY_TICK_TUPLE_FREQ_SECS);
        return value == null ? 0 : ObjectReader.getInt(value, 0);
    }

    /**
     * Whether a component is one Storm adds by itself: the checkpoint spout of a topology with a
     * stateful bolt. The run neither waits for it nor counts its tuples.
     */
    static boolean isStormsOwn(String componentId) {
        return CheckpointSpout.CHECKPOINT_COMPONENT_ID.equals(componentId);
    }

    /** The bolt Storm's executor of a windowed or stateful bolt (or its checkpoint forwarder) runs. */
    private static Object inner(IBolt bolt) {
        if (bolt instanceof WindowedShellBoltExecutor windowed) {
            return windowed.bolt();
        }
        if (bolt instanceof StatefulBoltExecutor<?> || bolt instanceof CheckpointTupleForwarder) {
            try { // (Storm keeps it in a private field, "bolt", and offers no getter)
                Field inner = bolt.getClass().getDeclaredField("bolt");
                inner.setAccessible(true);
                return inner.get(bolt);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return bolt; // another Storm version: the run names the executor instead
            }
        }
        return bolt;
    }

    private static Optional<Path> shellResources(Object component) {
        return component instanceof SupervisedShellComponent || component instanceof ShellBolt
                || component instanceof ShellSpout
                ? ResourcesLocation.of(component.getClass())
                : Optional.empty();
    }

    /**
     * The command a shell component runs (Storm's own keep it private), else the component's class.
     */
    private static String runs(Object component) {
        if (component instanceof SupervisedShellComponent shell) {
            return shell.shellCommand().commandLine();
        }
        Class<?> shellClass = component instanceof ShellBolt ? ShellBolt.class
                : component instanceof ShellSpout ? ShellSpout.class : null;
        if (shellClass != null) {
            try {
                Field command = shellClass.getDeclaredField("command");
                command.setAccessible(true);
                return String.join(" ", (String[]) command.get(component));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Another Storm version: the class name still says what it is.
            }
        }
        return component.getClass().getName();
    }
}
