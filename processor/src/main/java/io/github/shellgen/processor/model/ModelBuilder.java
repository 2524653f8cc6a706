package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.IdleWait;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Turns a validated declaration into the immutable model. Holds the one naming rule for generated
 * classes: the simple names from the outermost type down to the annotated interface, joined, then
 * {@code Spout}, {@code Bolt} or {@code Topology} ({@code WordCount.Splitter} becomes
 * {@code WordCountSplitterBolt}; {@code WordCount} becomes {@code WordCountTopology}).
 */
public final class ModelBuilder {

    /** Builds the model of a topology that passed validation. */
    public TopologyModel build(TopologyDeclaration topology) {
        List<ComponentModel> components = new ArrayList<>();
        for (ComponentDeclaration component : topology.components()) {
            components.add(component(topology, component));
        }
        IdleWait idleWait = topology.annotation().enumConstant("idleWait")
                .map(IdleWait::valueOf)
                .orElse(IdleWait.AUTO);
        boolean hasPythonComponent = topology.components().stream().anyMatch(c -> c.kind().isPython());
        return new TopologyModel(
                topology.annotation().string("name"),
                ClassName.get(topology.element()),
                generatedName(topology.element(), "Topology"),
                components,
                ConfigDefaults.of(idleWait, hasPythonComponent));
    }

    /** The class generated for {@code element}: joined simple names plus {@code suffix}. */
    public static ClassName generatedName(TypeElement element, String suffix) {
        ClassName source = ClassName.get(element);
        return ClassName.get(source.packageName(), String.join("", source.simpleNames()) + suffix);
    }

    private ComponentModel component(TopologyDeclaration topology, ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        Role role = component.kind().role();
        List<StreamModel> streams = new ArrayList<>();
        for (Map.Entry<String, List<String>> stream : component.streams().entrySet()) {
            streams.add(new StreamModel(stream.getKey(), stream.getValue()));
        }
        List<GroupingModel> inputs = new ArrayList<>();
        for (GroupingDeclaration grouping : component.groupings()) {
            inputs.add(grouping(topology, grouping));
        }
        PythonRuntime runtime = annotation.enumConstant("runtime")
                .map(PythonRuntime::valueOf)
                .orElse(PythonRuntime.SHELLGEN);
        return new ComponentModel(
                component.id(),
                role,
                ClassName.get(component.element()),
                generatedName(component.element(), role.suffix()),
                runtime,
                command(annotation.string("interpreter"), runtime, annotation.string("script")),
                streams,
                annotation.integer("parallelism"),
                annotation.integer("tasks"),
                inputs);
    }

    /** {@code python3 shellgen/run.py script} on storm-shellgen's runtime, {@code python3 script} on Storm's. */
    private static List<String> command(String interpreter, PythonRuntime runtime, String script) {
        return runtime == PythonRuntime.SHELLGEN
                ? List.of(interpreter, ShellgenRuntimeFiles.LAUNCHER, script)
                : List.of(interpreter, script);
    }

    private GroupingModel grouping(TopologyDeclaration topology, GroupingDeclaration grouping) {
        AnnotationDeclaration annotation = grouping.annotation();
        Element upstreamElement = annotation.type("from").map(DeclaredType::asElement).orElseThrow();
        String fromId = topology.components().stream()
                .filter(c -> c.element().equals(upstreamElement))
                .findFirst()
                .orElseThrow()
                .id();
        List<String> fields = hasMember(annotation, "fields") ? annotation.strings("fields") : List.of();
        return new GroupingModel(grouping.kind().type(), fromId, annotation.string("stream"), fields);
    }

    private static boolean hasMember(AnnotationDeclaration annotation, String name) {
        return annotation.mirror().getAnnotationType().asElement().getEnclosedElements().stream()
                .anyMatch(member -> member.getSimpleName().contentEquals(name));
    }
}
