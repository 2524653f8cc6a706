package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.storm.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated component of a topology, everything the writers need. Built by name, through
 * {@link #builder}: a field left out keeps the value of a component that sets nothing.
 *
 * @param id the component id in the topology
 * @param role spout or bolt
 * @param source the annotated interface
 * @param componentClass the class Storm instantiates: the one the processor generates, or the
 *     user's own class for a Java component
 * @param generated whether the processor generates {@code componentClass} (false for Java components)
 * @param runtime the Python library behind the script's {@code import storm}; null unless Python
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
 */
public record ComponentModel(
        String id,
        Role role,
        ClassName source,
        ClassName componentClass,
        boolean generated,
        PythonRuntime runtime,
        List<String> command,
        List<Integer> resourceArgs,
        List<String> requiredFiles,
        List<StreamModel> streams,
        int parallelism,
        int tasks,
        List<GroupingModel> inputs,
        Map<String, String> env,
        List<ConfigEntry> componentConfig,
        List<ConfigEntry> launchConfig,
        boolean runInResourcesDir,
        List<MetricModel> metrics) {

    public ComponentModel {
        command = List.copyOf(command);
        resourceArgs = List.copyOf(resourceArgs);
        requiredFiles = List.copyOf(requiredFiles);
        streams = List.copyOf(streams);
        inputs = List.copyOf(inputs);
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        componentConfig = List.copyOf(componentConfig);
        launchConfig = List.copyOf(launchConfig);
        metrics = List.copyOf(metrics);
    }

    /** A component {@code id} of {@code role}, declared by {@code source}, that Storm runs as {@code componentClass}. */
    public static Builder builder(String id, Role role, ClassName source, ClassName componentClass) {
        return new Builder(id, role, source, componentClass);
    }

    /** Names each field of a {@link ComponentModel}; what is not set keeps its default. */
    public static final class Builder {
        private final String id;
        private final Role role;
        private final ClassName source;
        private final ClassName componentClass;
        private boolean generated;
        private PythonRuntime runtime;
        private List<String> command = List.of();
        private List<Integer> resourceArgs = List.of();
        private List<String> requiredFiles = List.of();
        private List<StreamModel> streams = List.of();
        private int parallelism = 1;
        private int tasks;
        private List<GroupingModel> inputs = List.of();
        private Map<String, String> env = Map.of();
        private final List<ConfigEntry> componentConfig = new ArrayList<>();
        private final List<ConfigEntry> launchConfig = new ArrayList<>();
        private boolean runInResourcesDir = true;
        private List<MetricModel> metrics = List.of();

        private Builder(String id, Role role, ClassName source, ClassName componentClass) {
            this.id = id;
            this.role = role;
            this.source = source;
            this.componentClass = componentClass;
        }

        /** The processor generates {@code componentClass}, running {@code command}. */
        public Builder generated(List<String> command) {
            this.generated = true;
            this.command = command;
            return this;
        }

        public Builder runtime(PythonRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder resourceArgs(List<Integer> resourceArgs) {
            this.resourceArgs = resourceArgs;
            return this;
        }

        public Builder requiredFiles(List<String> requiredFiles) {
            this.requiredFiles = requiredFiles;
            return this;
        }

        public Builder streams(List<StreamModel> streams) {
            this.streams = streams;
            return this;
        }

        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        public Builder tasks(int tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder inputs(List<GroupingModel> inputs) {
            this.inputs = inputs;
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        public Builder componentConfig(ConfigEntry entry) {
            this.componentConfig.add(entry);
            return this;
        }

        public Builder launchConfig(ConfigEntry entry) {
            this.launchConfig.add(entry);
            return this;
        }

        public Builder runInResourcesDir(boolean runInResourcesDir) {
            this.runInResourcesDir = runInResourcesDir;
            return this;
        }

        public Builder metrics(List<MetricModel> metrics) {
            this.metrics = metrics;
            return this;
        }

        public ComponentModel build() {
            return new ComponentModel(id, role, source, componentClass, generated, runtime, command, resourceArgs,
                    requiredFiles, streams, parallelism, tasks, inputs, env, componentConfig, launchConfig,
                    runInResourcesDir, metrics);
        }
    }
}
