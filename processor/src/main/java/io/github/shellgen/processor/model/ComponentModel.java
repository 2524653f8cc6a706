package io.github.shellgen.processor.model;

import com.google.auto.value.AutoBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.storm.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated component of a topology, everything the writers need. Built by name, through
 * {@link #builder} (AutoBuilder): a field left out keeps the value of a component that sets nothing.
 *
 * @param id the component id in the topology
 * @param role spout or bolt
 * @param source the annotated interface
 * @param componentClass the class Storm instantiates: the one the processor generates, or the
 *     user's own class for a Java component
 * @param runtime the Python library behind the script's {@code import storm}; empty unless Python
 * @param command the subprocess command (for Python: the interpreter, the launcher of
 *     storm-shellgen's runtime if the component runs on it, then the script); empty for Java
 * @param resourceArgs the indices of {@code command}'s arguments that are files of {@code resources/}
 * @param requiredFiles the files of {@code resources/} the subprocess needs, checked when it starts
 * @param streams the output streams it declares, default stream first if it has one
 * @param parallelism the executor count
 * @param tasks the task count, or 0 for one per executor
 * @param inputs the groupings of a bolt, in declaration order; empty for a spout
 * @param env environment variables of the subprocess
 * @param componentConfig its component configuration ({@code getComponentConfiguration})
 * @param launchConfig settings Storm reads only from the conf the shell component starts with
 * @param runInResourcesDir whether the subprocess runs in {@code resources/}
 * @param metrics the shell metrics it registers
 * @param window a bolt's window, if it has one
 * @param stateful whether the bolt is stateful
 * @param batch a bolt's batches, if its script takes them
 */
public record ComponentModel(
        String id,
        Role role,
        ClassName source,
        ClassName componentClass,
        Optional<PythonRuntime> runtime,
        ImmutableList<String> command,
        ImmutableList<Integer> resourceArgs,
        ImmutableList<String> requiredFiles,
        ImmutableList<StreamModel> streams,
        int parallelism,
        int tasks,
        ImmutableList<GroupingModel> inputs,
        ImmutableMap<String, String> env,
        ImmutableList<ConfigEntry> componentConfig,
        ImmutableList<ConfigEntry> launchConfig,
        boolean runInResourcesDir,
        ImmutableList<MetricModel> metrics,
        Optional<WindowModel> window,
        boolean stateful,
        Optional<BatchModel> batch) {

    /**
     * Whether the processor generates {@code componentClass}: a shell component, which runs a
     * command; a Java component runs none, and its class is the user's.
     */
    public boolean generated() {
        return !command.isEmpty();
    }

    /**
     * A component {@code id} of {@code role}, declared by {@code source}, that Storm runs as
     * {@code componentClass}; the rest as for a component that sets nothing, until set.
     */
    public static Builder builder(String id, Role role, ClassName source, ClassName componentClass) {
        return new AutoBuilder_ComponentModel_Builder()
                .id(id)
                .role(role)
                .source(source)
                .componentClass(componentClass)
                .command(List.of())
                .resourceArgs(List.of())
                .requiredFiles(List.of())
                .streams(List.of())
                .parallelism(1)
                .tasks(0)
                .inputs(List.of())
                .env(Map.of())
                .runInResourcesDir(true)
                .metrics(List.of())
                .stateful(false);
    }

    /** Sets each field by its name. */
    @AutoBuilder
    public interface Builder {
        Builder id(String id);

        Builder role(Role role);

        Builder source(ClassName source);

        Builder componentClass(ClassName componentClass);

        Builder runtime(PythonRuntime runtime);

        Builder command(List<String> command);

        Builder resourceArgs(List<Integer> resourceArgs);

        Builder requiredFiles(List<String> requiredFiles);

        Builder streams(List<StreamModel> streams);

        Builder parallelism(int parallelism);

        Builder tasks(int tasks);

        Builder inputs(List<GroupingModel> inputs);

        Builder env(Map<String, String> env);

        ImmutableList.Builder<ConfigEntry> componentConfigBuilder();

        ImmutableList.Builder<ConfigEntry> launchConfigBuilder();

        Builder runInResourcesDir(boolean runInResourcesDir);

        Builder metrics(List<MetricModel> metrics);

        Builder window(WindowModel window);

        Builder stateful(boolean stateful);

        Builder batch(BatchModel batch);

        ComponentModel build();
    }
}
