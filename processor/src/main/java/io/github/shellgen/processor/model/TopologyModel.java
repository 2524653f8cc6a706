package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.storm.Role;
import java.util.List;
import java.util.Optional;

/**
 * A validated topology.
 *
 * @param name the Storm topology name
 * @param source the {@code @Topology} interface
 * @param generatedClass the generated {@code <Name>Topology} class
 * @param components its components, in declaration order
 * @param config the settings of its configuration, in the order they are written
 */
public record TopologyModel(
        String name,
        ClassName source,
        ClassName generatedClass,
        List<ComponentModel> components,
        List<ConfigEntry> config) {

    public TopologyModel {
        components = List.copyOf(components);
        config = List.copyOf(config);
    }

    /** Whether a component is an existing Java class. */
    public boolean hasJavaComponent() {
        return components.stream().anyMatch(c -> !c.generated());
    }

    /** Whether a component runs on storm-shellgen's runtime, whose files must then be in the jar. */
    public boolean usesShellgenRuntime() {
        return components.stream().anyMatch(c -> c.runtime().equals(Optional.of(PythonRuntime.SHELLGEN)));
    }


    public List<ComponentModel> spouts() {
        return components.stream().filter(c -> c.role() == Role.SPOUT).toList();
    }

    public List<ComponentModel> bolts() {
        return components.stream().filter(c -> c.role() == Role.BOLT).toList();
    }
}
