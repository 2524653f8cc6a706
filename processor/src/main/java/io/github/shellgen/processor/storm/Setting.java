package io.github.shellgen.processor.storm;

import com.squareup.javapoet.ClassName;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Every annotation attribute that sets one configuration key: the attribute, the key, which
 * configuration Storm must find it in, and the value that leaves it unset. The reader reads these
 * attributes, the validator checks their ranges and refuses a {@code @Conf} of the same key, the
 * model puts each set one in its configuration: adding a setting is adding a row here (and the
 * attribute to its annotations).
 */
public enum Setting {
    WORKERS("workers", StormConfig.WORKERS, Target.TOPOLOGY, List.of(), Kind.COUNT, 0,
            "0 keeps Storm's default (1)"),
    ACKERS("ackers", StormConfig.ACKERS, Target.TOPOLOGY, List.of(), Kind.COUNT, -1,
            "-1 keeps Storm's default (one per worker), 0 turns acking off"),
    MESSAGE_TIMEOUT("messageTimeoutSecs", StormConfig.MESSAGE_TIMEOUT, Target.TOPOLOGY, List.of(), Kind.COUNT, 0,
            "0 keeps Storm's default (30)"),
    MAX_SPOUT_PENDING("maxSpoutPending", StormConfig.MAX_SPOUT_PENDING, Target.TOPOLOGY, List.of(), Kind.COUNT, 0,
            "0 keeps Storm's default (no limit)"),
    DEBUG("debug", StormConfig.DEBUG, Target.TOPOLOGY, List.of(), Kind.FLAG, 0, ""),
    MULTILANG_SERIALIZER("multilangSerializer", StormConfig.MULTILANG_SERIALIZER, Target.TOPOLOGY, List.of(),
            Kind.CLASS, 0, ""),
    /** Storm keeps the tick frequency in a component's configuration. */
    TICK_FREQ("tickFreqSecs", StormConfig.TICK_FREQ, Target.COMPONENT, List.of(Role.BOLT), Kind.COUNT, 0,
            "0 sends no tick tuples"),
    /** Storm's ShellBolt reads its pending limit only from the conf it starts with. */
    BOLT_MAX_PENDING(Names.MAX_PENDING, StormConfig.SHELLBOLT_MAX_PENDING, Target.LAUNCH, List.of(Role.BOLT),
            Kind.COUNT, 0, "0 keeps the topology's value"),
    SPOUT_MAX_PENDING(Names.MAX_PENDING, StormConfig.MAX_SPOUT_PENDING, Target.COMPONENT, List.of(Role.SPOUT),
            Kind.COUNT, 0, "0 keeps the topology's value"),
    /** A shell component reads its heartbeat timeout only from the conf it starts with. */
    SUBPROCESS_TIMEOUT("subprocessTimeoutSecs", StormConfig.SUBPROCESS_TIMEOUT, Target.LAUNCH,
            List.of(Role.BOLT, Role.SPOUT), Kind.COUNT, 0, "0 keeps the topology's value"),
    RESTARTS_PER_MINUTE("restartsPerMinute", StormConfig.RESTARTS_PER_MINUTE, Target.COMPONENT,
            List.of(Role.BOLT, Role.SPOUT), Kind.COUNT, -1, "-1 keeps the topology's value, 0 never restarts");

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

    private static final class Names {
        static final String MAX_PENDING = "maxPending";
    }

    private final String member;
    private final String key;
    private final Target target;
    private final List<Role> roles;
    private final Kind kind;
    private final int unset;
    private final String unsetMeans;

    Setting(String member, String key, Target target, List<Role> roles, Kind kind, int unset, String unsetMeans) {
        this.member = member;
        this.key = key;
        this.target = target;
        this.roles = roles;
        this.kind = kind;
        this.unset = unset;
        this.unsetMeans = unsetMeans;
    }

    /** The annotation attribute, such as {@code tickFreqSecs}. */
    public String member() {
        return member;
    }

    /** The configuration key it sets. */
    public String key() {
        return key;
    }

    public Target target() {
        return target;
    }

    public Kind kind() {
        return kind;
    }

    /** For a count: the value that leaves the key unset, the least one allowed. */
    public int unset() {
        return unset;
    }

    /** For a count: what its unset value means, as the range message says it. */
    public String unsetMeans() {
        return unsetMeans;
    }

    /** The settings of {@code @Topology}. */
    public static List<Setting> ofTopology() {
        return Arrays.stream(values()).filter(s -> s.target == Target.TOPOLOGY).toList();
    }

    /** The settings of a shell component of {@code role}. */
    public static List<Setting> ofShellComponent(Role role) {
        return Arrays.stream(values()).filter(s -> s.roles.contains(role)).toList();
    }

    /** The value the key gets from the attribute's {@code value}, or empty when it leaves the key unset. */
    public Optional<Object> configValue(Object value) {
        return switch (kind) {
            case COUNT -> (Integer) value > unset ? Optional.of(value) : Optional.empty();
            case FLAG -> Boolean.TRUE.equals(value) ? Optional.of(true) : Optional.empty();
            case CLASS -> namedClass(value).map(type -> ClassName.get(type).reflectionName());
        };
    }

    /** The class a {@link Kind#CLASS} value names, unless it names none ({@code void.class}) or javac could not resolve it. */
    public static Optional<TypeElement> namedClass(Object value) {
        return value instanceof Optional<?> type && type.orElse(null) instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement element
                && !element.getSimpleName().contentEquals("void")
                ? Optional.of(element)
                : Optional.empty();
    }
}
