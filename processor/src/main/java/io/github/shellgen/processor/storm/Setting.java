package io.github.shellgen.processor.storm;

import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * An annotation attribute that sets one configuration key of Storm's (or of storm-shellgen's
 * runtime, {@code shellgen.*}): the attribute, the key, which
 * configuration Storm must find it in, and the value that leaves it unset. The reader reads these
 * attributes, the validator checks their ranges and refuses a {@code @Conf} of the same key, the
 * model puts each one set in its configuration: adding a setting is adding a constant here, to
 * {@link #ALL}, and the attribute to its annotations.
 *
 * @param member the annotation attribute, such as {@code tickFreqSecs}
 * @param key the configuration key it sets
 * @param target the configuration it goes to
 * @param roles the shell components that have it; empty for a {@code @Topology} attribute
 * @param kind what the attribute holds
 * @param unset for a count: the value that leaves the key unset, the least one allowed
 * @param unsetMeans for a count: what its unset value means, as the range message says it
 */
public record Setting(
        String member, String key, Target target, List<Role> roles, Kind kind, int unset, String unsetMeans) {

    public static final Setting WORKERS = topologyCount("workers", "topology.workers", 0,
            "0 keeps Storm's default (1)");
    public static final Setting ACKERS = topologyCount("ackers", "topology.acker.executors", -1,
            "-1 keeps Storm's default (one per worker), 0 turns acking off");
    public static final Setting MESSAGE_TIMEOUT = topologyCount("messageTimeoutSecs",
            "topology.message.timeout.secs", 0, "0 keeps Storm's default (30)");
    public static final Setting MAX_SPOUT_PENDING = topologyCount("maxSpoutPending", Names.MAX_SPOUT_PENDING, 0,
            "0 keeps Storm's default (no limit)");
    public static final Setting DEBUG = new Setting("debug", "topology.debug", Target.TOPOLOGY, List.of(),
            Kind.FLAG, 0, "");
    public static final Setting MULTILANG_SERIALIZER = new Setting("multilangSerializer",
            "topology.multilang.serializer", Target.TOPOLOGY, List.of(), Kind.CLASS, 0, "");

    /** Storm keeps the tick frequency in a component's configuration. */
    public static final Setting TICK_FREQ = new Setting("tickFreqSecs", "topology.tick.tuple.freq.secs",
            Target.COMPONENT, List.of(Role.BOLT), Kind.COUNT, 0, "0 sends no tick tuples");
    /** Storm's ShellBolt reads its pending limit only from the conf it starts with. */
    public static final Setting BOLT_MAX_PENDING = new Setting(Names.MAX_PENDING, "topology.shellbolt.max.pending",
            Target.LAUNCH, List.of(Role.BOLT), Kind.COUNT, 0, Names.KEEPS_TOPOLOGY_VALUE);
    public static final Setting SPOUT_MAX_PENDING = new Setting(Names.MAX_PENDING, Names.MAX_SPOUT_PENDING,
            Target.COMPONENT, List.of(Role.SPOUT), Kind.COUNT, 0, Names.KEEPS_TOPOLOGY_VALUE);
    /** A shell component reads its heartbeat timeout only from the conf it starts with. */
    public static final Setting SUBPROCESS_TIMEOUT = new Setting("subprocessTimeoutSecs",
            "topology.subprocess.timeout.secs", Target.LAUNCH, Names.SHELL, Kind.COUNT, 0, Names.KEEPS_TOPOLOGY_VALUE);
    public static final Setting RESTARTS_PER_MINUTE = new Setting("restartsPerMinute",
            "shellgen.subprocess.restarts.per.minute", Target.COMPONENT, Names.SHELL, Kind.COUNT, -1,
            "-1 keeps the topology's value, 0 never restarts");
    public static final Setting STARTUP_TIMEOUT = new Setting("startupTimeoutSecs",
            "shellgen.subprocess.startup.timeout.secs", Target.COMPONENT, Names.SHELL, Kind.COUNT, -1,
            "-1 keeps the topology's value, 0 waits as long as it takes");

    /** Every setting, in the order they are checked and written. */
    public static final List<Setting> ALL = List.of(WORKERS, ACKERS, MESSAGE_TIMEOUT, MAX_SPOUT_PENDING, DEBUG,
            MULTILANG_SERIALIZER, TICK_FREQ, BOLT_MAX_PENDING, SPOUT_MAX_PENDING, SUBPROCESS_TIMEOUT,
            RESTARTS_PER_MINUTE, STARTUP_TIMEOUT);

    /** The configuration a setting goes to. */
    public enum Target {
        /** The topology's configuration: {@code config()} and the Flux file's {@code config}. */
        TOPOLOGY,
        /** The component's own, from {@code getComponentConfiguration()}: only keys Storm keeps there. */
        COMPONENT,
        /** The conf the component's subprocess starts with ({@code ShellCommand.withLaunchConfig}). */
        LAUNCH
    }

    /** What the attribute holds. */
    public enum Kind {
        /** An int; set when above its unset value. */
        COUNT,
        /** A boolean; set when true. */
        FLAG,
        /** A class; set when it names one (not {@code void.class}), as its binary name. */
        CLASS
    }

    /** Values several settings share. */
    private static final class Names {
        static final String MAX_PENDING = "maxPending";
        static final String MAX_SPOUT_PENDING = "topology.max.spout.pending";
        static final String KEEPS_TOPOLOGY_VALUE = "0 keeps the topology's value";
        static final List<Role> SHELL = List.of(Role.BOLT, Role.SPOUT);
    }

    public Setting {
        roles = List.copyOf(roles);
    }

    private static Setting topologyCount(String member, String key, int unset, String unsetMeans) {
        return new Setting(member, key, Target.TOPOLOGY, List.of(), Kind.COUNT, unset, unsetMeans);
    }

    /** The settings of {@code @Topology}. */
    public static List<Setting> ofTopology() {
        return ALL.stream().filter(s -> s.target == Target.TOPOLOGY).toList();
    }

    /** The settings of a shell component of {@code role}. */
    public static List<Setting> ofShellComponent(Role role) {
        return ALL.stream().filter(s -> s.roles.contains(role)).toList();
    }

    /** The value the key gets from the attribute's {@code value}, or empty when it leaves the key unset. */
    public Optional<Object> configValue(Object value) {
        return switch (kind) {
            case COUNT -> (Integer) value > unset ? Optional.of(value) : Optional.empty();
            case FLAG -> Boolean.TRUE.equals(value) ? Optional.of(true) : Optional.empty();
            case CLASS -> namedClass(value).map(type -> ClassName.get(type).reflectionName());
        };
    }

    /**
     * The class a {@link Kind#CLASS} value names, unless it names none ({@code void.class}) or javac
     * could not resolve it.
     */
    public static Optional<TypeElement> namedClass(Object value) {
        return value instanceof Optional<?> type && type.orElse(null) instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && !element.getSimpleName().contentEquals("void")
                ? Optional.of(element)
                : Optional.empty();
    }
}
