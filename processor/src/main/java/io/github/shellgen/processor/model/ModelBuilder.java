package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.ConfDeclaration;
import io.github.shellgen.processor.read.EnvDeclaration;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.MetricDeclaration;
import io.github.shellgen.processor.read.Program;
import io.github.shellgen.processor.read.Settings;
import io.github.shellgen.processor.read.ShellSettings;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.GeneratedNames;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.ShellCommands;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Turns a validated declaration into the immutable model. */
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
                topology.name().value(),
                ClassName.get(topology.element()),
                GeneratedNames.topology(topology.element()),
                components,
                topologyConfig(topology));
    }

    /**
     * The settings of {@code @Topology}, in the order they are written: storm-shellgen's idle-wait
     * choice (unless the user sets the same key), then each attribute set, then {@code config}.
     */
    private static List<ConfigEntry> topologyConfig(TopologyDeclaration topology) {
        List<ConfigEntry> user = new ArrayList<>();
        putSettings(topology.settings(), Setting.Target.TOPOLOGY, user::add);
        user.addAll(confEntries(topology.config()));
        Set<String> userKeys = user.stream().map(ConfigEntry::key).collect(Collectors.toSet());
        boolean hasShellComponent = topology.components().stream().anyMatch(c -> c.shell() != null);
        List<ConfigEntry> config = new ArrayList<>();
        ConfigDefaults.of(topology.idleWait(), hasShellComponent).stream()
                .filter(entry -> !userKeys.contains(entry.key()))
                .forEach(config::add);
        config.addAll(user);
        if (topology.components().stream().anyMatch(c -> c.stateful() != null)) {
            config.addAll(StateModel.config(topology.state()));
        }
        return config;
    }

    private ComponentModel component(TopologyDeclaration topology, ComponentDeclaration component) {
        List<StreamModel> streams = new ArrayList<>();
        for (StreamDeclaration stream : component.streamsById().values()) {
            streams.add(new StreamModel(stream.id(), stream.fieldNames(), stream.direct()));
        }
        List<GroupingModel> inputs = new ArrayList<>();
        for (GroupingDeclaration grouping : component.groupings()) {
            inputs.add(grouping(topology, grouping));
        }
        ClassName source = ClassName.get(component.element());
        if (component.program() instanceof Program.JavaClass javaClass) {
            ClassName userClass = ClassName.get((TypeElement) javaClass.type().value().orElseThrow().asElement());
            return ComponentModel.builder(component.id(), component.kind().role(), source, userClass)
                    .streams(streams)
                    .parallelism(component.parallelism().value())
                    .tasks(component.tasks().value())
                    .inputs(inputs)
                    .build();
        }
        ComponentModel.Builder model = ComponentModel.builder(component.id(), component.kind().role(), source,
                        GeneratedNames.component(component.element(), component.kind().role()))
                .streams(streams)
                .parallelism(component.parallelism().value())
                .tasks(component.tasks().value())
                .inputs(inputs);
        program(component.program(), model);
        ShellSettings shell = component.shell();
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvDeclaration variable : shell.env()) {
            env.put(variable.name().value(), variable.value());
        }
        putSettings(shell.settings(), Setting.Target.COMPONENT, model.componentConfigBuilder()::add);
        model.componentConfigBuilder().addAll(confEntries(shell.config()));
        if (component.window() != null) {
            WindowModel window = WindowModel.of(component.window());
            model.window(window);
            model.componentConfigBuilder().addAll(window.config());
        }
        model.stateful(component.stateful() != null);
        putSettings(shell.settings(), Setting.Target.LAUNCH, model.launchConfigBuilder()::add);
        if (component.batch() != null) {
            BatchModel batch = BatchModel.of(component.batch());
            model.batch(batch);
            model.launchConfigBuilder().addAll(batch.config());
        }
        List<MetricModel> metrics = new ArrayList<>();
        for (MetricDeclaration metric : shell.metrics()) {
            metrics.add(new MetricModel(metric.name().value(), metric.type(), metric.intervalSecs().value()));
        }
        return model.env(env).runInResourcesDir(shell.runInResourcesDir()).metrics(metrics).build();
    }

    /** The command, and which of its arguments are files of {@code resources/}. */
    private void program(Program program, ComponentModel.Builder model) {
        List<Integer> resourceArgs = new ArrayList<>();
        List<String> requiredFiles = new ArrayList<>();
        List<String> command;
        if (program instanceof Program.PythonScript python) {
            String script = python.script().value();
            String interpreter = python.interpreter().value();
            model.runtime(python.runtime());
            if (python.runtime() == PythonRuntime.SHELLGEN) {
                command = List.of(interpreter, ShellgenRuntimeFiles.LAUNCHER, script);
                resourceArgs.addAll(List.of(1, 2));
                requiredFiles.addAll(ShellgenRuntimeFiles.FILES);
                requiredFiles.add(script);
            } else {
                command = List.of(interpreter, script);
                resourceArgs.add(1);
                requiredFiles.addAll(List.of(script, ShellgenRuntimeFiles.STORM_MODULE));
            }
        } else {
            command = ((Program.Command) program).command().value();
            for (int i = 1; i < command.size(); i++) {
                if (ShellCommands.mayBeResourceFile(command.get(i)) && isResourceFile.test(command.get(i))) {
                    resourceArgs.add(i);
                    requiredFiles.add(command.get(i));
                }
            }
        }
        model.command(command).resourceArgs(resourceArgs).requiredFiles(requiredFiles);
    }

    /** Each setting of {@code settings} for {@code target} that the user set, in {@link Setting}'s order. */
    private static void putSettings(Settings settings, Setting.Target target, Consumer<ConfigEntry> config) {
        settings.values().forEach((setting, member) -> {
            if (setting.target() == target) {
                setting.configValue(member.value())
                        .ifPresent(value -> config.accept(new ConfigEntry(setting.key(), value, FROM_ANNOTATION)));
            }
        });
    }

    private static List<ConfigEntry> confEntries(List<ConfDeclaration> config) {
        return config.stream()
                .map(conf -> new ConfigEntry(conf.key().value(), conf.parsed(), FROM_ANNOTATION))
                .toList();
    }

    private GroupingModel grouping(TopologyDeclaration topology, GroupingDeclaration grouping) {
        Element upstreamElement = grouping.from().value().map(DeclaredType::asElement).orElseThrow();
        String fromId = topology.components().stream()
                .filter(c -> c.element().equals(upstreamElement))
                .findFirst()
                .orElseThrow()
                .id();
        ClassName customClass = grouping.using() == null
                ? null
                : ClassName.get((TypeElement) grouping.using().value().orElseThrow().asElement());
        return new GroupingModel(grouping.type(), fromId, grouping.stream().value(), grouping.fieldNames(),
                customClass);
    }
}
