package io.github.shellgen.processor.read;

import java.util.LinkedHashSet;
import java.util.Set;

/** Qualified names of every annotation the processor reads. */
public final class Annotations {

    public static final String TOPOLOGY = "io.github.shellgen.Topology";

    private Annotations() {}

    /** Everything the processor claims: the topology, component and grouping annotations and containers. */
    public static Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        names.add(TOPOLOGY);
        for (ComponentAnnotation component : ComponentAnnotation.values()) {
            names.add(component.qualifiedName());
        }
        for (GroupingAnnotation grouping : GroupingAnnotation.values()) {
            names.add(grouping.qualifiedName());
            names.add(grouping.containerName());
        }
        return names;
    }

    /** The grouping annotations and their containers, to find groupings on interfaces that are not bolts. */
    public static Set<String> groupings() {
        Set<String> names = new LinkedHashSet<>();
        for (GroupingAnnotation grouping : GroupingAnnotation.values()) {
            names.add(grouping.qualifiedName());
            names.add(grouping.containerName());
        }
        return names;
    }

    /** The component annotation names, to find components that are not inside any topology. */
    public static Set<String> components() {
        Set<String> names = new LinkedHashSet<>();
        for (ComponentAnnotation component : ComponentAnnotation.values()) {
            names.add(component.qualifiedName());
        }
        return names;
    }
}
