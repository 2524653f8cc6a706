package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.GroupingType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Qualified names of every annotation the processor reads. A grouping annotation is named after its
 * {@code TopologyBuilder} method ({@code shuffleGrouping} is {@code @ShuffleGrouping}), and
 * repeats through its {@code List} container ({@code @ShuffleGrouping.List}).
 */
public final class Annotations {

    private static final String PACKAGE = "io.github.shellgen.";
    private static final String CONTAINER = ".List";

    public static final String TOPOLOGY = PACKAGE + "Topology";
    public static final String WINDOW = PACKAGE + "Window";
    public static final String STATEFUL = PACKAGE + "Stateful";
    public static final String BATCH = PACKAGE + "Batch";

    private Annotations() {}

    /** Everything the processor claims: the topology, component and grouping annotations and containers. */
    public static Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        names.add(TOPOLOGY);
        names.addAll(components());
        names.addAll(groupings());
        names.add(WINDOW);
        names.add(STATEFUL);
        names.add(BATCH);
        return names;
    }

    /** The grouping annotations and their containers, to find groupings on interfaces that are not bolts. */
    public static Set<String> groupings() {
        Set<String> names = new LinkedHashSet<>();
        for (GroupingType type : GroupingType.values()) {
            names.add(grouping(type));
            names.add(grouping(type) + CONTAINER);
        }
        return names;
    }

    /** The component annotation names, to find components that are not inside any topology. */
    public static Set<String> components() {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(ComponentAnnotation.values()).forEach(kind -> names.add(kind.qualifiedName()));
        return names;
    }

    /** The qualified name of {@code type}'s annotation. */
    static String grouping(GroupingType type) {
        String method = type.declarerMethod();
        return PACKAGE + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** The grouping whose annotation ({@code repeated} false) or container ({@code repeated} true) is {@code name}. */
    static Optional<GroupingType> grouping(String name, boolean repeated) {
        return Optional.ofNullable((repeated ? Holder.BY_CONTAINER : Holder.BY_NAME).get(name));
    }

    /** The grouping annotations' names, once. */
    private static final class Holder {
        static final Map<String, GroupingType> BY_NAME = new HashMap<>();
        static final Map<String, GroupingType> BY_CONTAINER = new HashMap<>();

        static {
            for (GroupingType type : GroupingType.values()) {
                BY_NAME.put(grouping(type), type);
                BY_CONTAINER.put(grouping(type) + CONTAINER, type);
            }
        }
    }

    /** How the user wrote an annotation, for messages: {@code @PythonBolt}. */
    static String display(String qualifiedName) {
        return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** The qualified name of the component annotation {@code simpleName}. */
    static String component(String simpleName) {
        return PACKAGE + simpleName;
    }
}
