package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.IdleWait;
import io.github.shellgen.Metric;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentAnnotation;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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

    private static final String FROM_ANNOTATION = "Set in the annotations.";

    /** Whether a path relative to {@code resources/} names a file there at compile time. */
    private final Predicate<String> isResourceFile;

    public ModelBuilder(Predicate<String> isResourceFile) {
        this.isResourceFile = isResourceFile;
    }

    /** Builds the model of a topology that passed validation. */
    public TopologyModel build(TopologyDeclaration topology) {
        List<ComponentModel> components = new ArrayList<>();
        for (ComponentDeclaration component : topology.components()) {
            components.add(component(topology, component));
        }
        return new TopologyModel(
                topology.annotation().string("name"),
                ClassName.get(topology.element()),
                generatedName(topology.element(), "Topology"),
                components,
                topologyConfig(topology));
    }

    /** The class generated for {@code element}: joined simple names plus {@code suffix}. */
    public static ClassName generatedName(TypeElement element, String suffix) {
        ClassName source = ClassName.get(element);
        return ClassName.get(source.packageName(), String.join("", source.simpleNames()) + suffix);
    }

    /**
     * The settings of {@code @Topology}, in the order they are written: storm-shellgen's idle-wait
     * choice (unless {@code config} sets the same key), then each attribute set, then {@code config}.
     */
    private static List<ConfigEntry> topologyConfig(TopologyDeclaration topology) {
        AnnotationDeclaration annotation = topology.annotation();
        List<ConfigEntry> user = new ArrayList<>();
        putIf(user, annotation.integer("workers") > 0, TopologySettings.WORKERS, annotation.integer("workers"));
        putIf(user, annotation.integer("ackers") >= 0, TopologySettings.ACKERS, annotation.integer("ackers"));
        putIf(user, annotation.integer("messageTimeoutSecs") > 0, TopologySettings.MESSAGE_TIMEOUT,
                annotation.integer("messageTimeoutSecs"));
        putIf(user, annotation.integer("maxSpoutPending") > 0, TopologySettings.MAX_SPOUT_PENDING,
                annotation.integer("maxSpoutPending"));
        putIf(user, annotation.bool("debug"), TopologySettings.DEBUG, true);
        annotation.type("multilangSerializer")
                .filter(type -> type.asElement() instanceof TypeElement)
                .ifPresent(type -> user.add(new ConfigEntry(TopologySettings.SERIALIZER,
                        ClassName.get((TypeElement) type.asElement()).reflectionName(), FROM_ANNOTATION)));
        user.addAll(confEntries(annotation));
        Set<String> userKeys = user.stream().map(ConfigEntry::key).collect(Collectors.toSet());
        IdleWait idleWait = annotation.enumConstant("idleWait").map(IdleWait::valueOf).orElse(IdleWait.AUTO);
        boolean hasShellComponent = topology.components().stream().anyMatch(c -> !c.kind().isJava());
        List<ConfigEntry> config = new ArrayList<>();
        ConfigDefaults.of(idleWait, hasShellComponent).stream()
                .filter(entry -> !userKeys.contains(entry.key()))
                .forEach(config::add);
        config.addAll(user);
        return config;
    }

    private ComponentModel component(TopologyDeclaration topology, ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        ComponentAnnotation kind = component.kind();
        Role role = kind.role();
        List<StreamModel> streams = new ArrayList<>();
        for (StreamDeclaration stream : component.streamsById().values()) {
            streams.add(new StreamModel(stream.id(), stream.fieldNames(), stream.direct()));
        }
        List<GroupingModel> inputs = new ArrayList<>();
        for (GroupingDeclaration grouping : component.groupings()) {
            inputs.add(grouping(topology, grouping));
        }
        int parallelism = annotation.integer("parallelism");
        int tasks = annotation.integer("tasks");
        if (kind.isJava()) {
            ClassName javaClass = annotation.type("value")
                    .map(type -> ClassName.get((TypeElement) type.asElement()))
                    .orElseThrow();
            return new ComponentModel(component.id(), role, ClassName.get(component.element()), javaClass, false, null,
                    List.of(), List.of(), List.of(), streams, parallelism, tasks, inputs, Map.of(), List.of(), List.of(),
                    true, List.of());
        }
        PythonRuntime runtime = null;
        List<String> command;
        List<Integer> resourceArgs = new ArrayList<>();
        List<String> requiredFiles = new ArrayList<>();
        if (kind.isPython()) {
            runtime = component.runtime();
            String script = annotation.string("script");
            if (runtime == PythonRuntime.SHELLGEN) {
                command = List.of(annotation.string("interpreter"), ShellgenRuntimeFiles.LAUNCHER, script);
                resourceArgs.addAll(List.of(1, 2));
                requiredFiles.addAll(ShellgenRuntimeFiles.FILES);
                requiredFiles.add(script);
            } else {
                command = List.of(annotation.string("interpreter"), script);
                resourceArgs.add(1);
                requiredFiles.addAll(List.of(script, "storm.py"));
            }
        } else {
            command = annotation.strings("command");
            for (int i = 1; i < command.size(); i++) {
                if (ShellCommands.mayBeResourceFile(command.get(i)) && isResourceFile.test(command.get(i))) {
                    resourceArgs.add(i);
                    requiredFiles.add(command.get(i));
                }
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (AnnotationDeclaration variable : annotation.annotations("env")) {
            env.put(variable.string("name"), variable.string("value"));
        }
        List<ConfigEntry> componentConfig = new ArrayList<>();
        List<ConfigEntry> launchConfig = new ArrayList<>();
        int maxPending = annotation.integer("maxPending");
        if (role == Role.BOLT) {
            putIf(componentConfig, annotation.integer("tickFreqSecs") > 0, ComponentSettings.TICK_FREQ,
                    annotation.integer("tickFreqSecs"));
            putIf(launchConfig, maxPending > 0, ComponentSettings.SHELLBOLT_MAX_PENDING, maxPending);
        } else {
            putIf(componentConfig, maxPending > 0, TopologySettings.MAX_SPOUT_PENDING, maxPending);
        }
        putIf(launchConfig, annotation.integer("subprocessTimeoutSecs") > 0, ComponentSettings.SUBPROCESS_TIMEOUT,
                annotation.integer("subprocessTimeoutSecs"));
        componentConfig.addAll(confEntries(annotation));
        List<MetricModel> metrics = new ArrayList<>();
        for (AnnotationDeclaration metric : annotation.annotations("metrics")) {
            metrics.add(new MetricModel(metric.string("name"),
                    metric.enumConstant("type").map(Metric.Type::valueOf).orElse(Metric.Type.COUNT),
                    metric.integer("intervalSecs")));
        }
        return new ComponentModel(
                component.id(),
                role,
                ClassName.get(component.element()),
                generatedName(component.element(), role.suffix()),
                true,
                runtime,
                command,
                resourceArgs,
                requiredFiles,
                streams,
                parallelism,
                tasks,
                inputs,
                env,
                componentConfig,
                launchConfig,
                annotation.bool("runInResourcesDir"),
                metrics);
    }

    private static List<ConfigEntry> confEntries(AnnotationDeclaration annotation) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (AnnotationDeclaration conf : annotation.annotations("config")) {
            entries.add(new ConfigEntry(conf.string("key"), ConfValue.read(conf.string("value")), FROM_ANNOTATION));
        }
        return entries;
    }

    private static void putIf(List<ConfigEntry> config, boolean condition, String key, Object value) {
        if (condition) {
            config.add(new ConfigEntry(key, value, FROM_ANNOTATION));
        }
    }

    private GroupingModel grouping(TopologyDeclaration topology, GroupingDeclaration grouping) {
        AnnotationDeclaration annotation = grouping.annotation();
        Element upstreamElement = annotation.type("from").map(DeclaredType::asElement).orElseThrow();
        String fromId = topology.components().stream()
                .filter(c -> c.element().equals(upstreamElement))
                .findFirst()
                .orElseThrow()
                .id();
        List<String> fields = annotation.hasMember("fields") ? annotation.strings("fields") : List.of();
        ClassName customClass = annotation.hasMember("using")
                ? annotation.type("using").map(type -> ClassName.get((TypeElement) type.asElement())).orElseThrow()
                : null;
        return new GroupingModel(grouping.kind().type(), fromId, annotation.string("stream"), fields, customClass);
    }
}
