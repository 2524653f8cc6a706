package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated component of a topology, everything the writers need.
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
}
