package io.github.shellgen.processor.model;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.PythonRuntime;
import java.util.List;

/**
 * A validated component of a topology, everything the writers need.
 *
 * @param id the component id in the topology
 * @param role spout or bolt
 * @param source the annotated interface
 * @param generatedClass the class the processor generates for it
 * @param runtime the Python library behind the script's {@code import storm}
 * @param command the subprocess command: the interpreter, the launcher of storm-shellgen's runtime
 *     if the component runs on it, then the script
 * @param streams the output streams it declares, default stream first if it has one
 * @param parallelism the executor count
 * @param tasks the task count, or 0 for one per executor
 * @param inputs the groupings of a bolt, in declaration order; empty for a spout
 */
public record ComponentModel(
        String id,
        Role role,
        ClassName source,
        ClassName generatedClass,
        PythonRuntime runtime,
        List<String> command,
        List<StreamModel> streams,
        int parallelism,
        int tasks,
        List<GroupingModel> inputs) {

    public ComponentModel {
        command = List.copyOf(command);
        streams = List.copyOf(streams);
        inputs = List.copyOf(inputs);
    }

    /** The script the command runs, relative to the {@code resources/} folder. */
    public String script() {
        return command.get(command.size() - 1);
    }
}
