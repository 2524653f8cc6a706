package io.github.shellgen.processor.write;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.processor.model.Role;

/**
 * The Storm and shellgen-runtime types generated code uses, by name only: the processor depends on
 * neither.
 */
public final class StormTypes {

    /** storm-shellgen's shell components (shellgen-runtime), which generated components extend. */
    static final String RUNTIME_PACKAGE = "io.github.shellgen.runtime";
    static final ClassName SHELL_BOLT = ClassName.get(RUNTIME_PACKAGE, "SupervisedShellBolt");
    static final ClassName SHELL_SPOUT = ClassName.get(RUNTIME_PACKAGE, "SupervisedShellSpout");
    static final ClassName SHELL_COMMAND = ClassName.get(RUNTIME_PACKAGE, "ShellCommand");
    static final ClassName OUTPUT_FIELDS_DECLARER = ClassName.get("org.apache.storm.topology", "OutputFieldsDeclarer");
    static final ClassName FIELDS = ClassName.get("org.apache.storm.tuple", "Fields");
    static final ClassName TOPOLOGY_BUILDER = ClassName.get("org.apache.storm.topology", "TopologyBuilder");
    static final ClassName STORM_TOPOLOGY = ClassName.get("org.apache.storm.generated", "StormTopology");
    static final ClassName CONFIG = ClassName.get("org.apache.storm", "Config");
    static final ClassName STORM_SUBMITTER = ClassName.get("org.apache.storm", "StormSubmitter");

    static final ClassName TOPOLOGY_CONTEXT = ClassName.get("org.apache.storm.task", "TopologyContext");
    static final ClassName COUNT_SHELL_METRIC = ClassName.get("org.apache.storm.metric.api.rpc", "CountShellMetric");
    static final ClassName ASSIGNABLE_SHELL_METRIC = ClassName.get("org.apache.storm.metric.api.rpc", "AssignableShellMetric");
    static final ClassName REDUCED_SHELL_METRIC = ClassName.get("org.apache.storm.metric.api.rpc", "ReducedShellMetric");
    static final ClassName MEAN_REDUCER = ClassName.get("org.apache.storm.metric.api", "MeanReducer");
    static final ClassName COMPONENT_COMMON = ClassName.get("org.apache.storm.generated", "ComponentCommon");
    static final ClassName STREAM_INFO = ClassName.get("org.apache.storm.generated", "StreamInfo");

    private StormTypes() {}

    /** The class a generated shell component extends. */
    public static ClassName shellBase(Role role) {
        return role == Role.SPOUT ? SHELL_SPOUT : SHELL_BOLT;
    }
}
