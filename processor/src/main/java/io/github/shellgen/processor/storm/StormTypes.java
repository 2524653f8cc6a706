package io.github.shellgen.processor.storm;

import com.squareup.javapoet.ClassName;

/**
 * The Storm and shellgen-runtime types that generated code uses or that a rule judges a class
 * against, by name only: the processor depends on neither.
 */
public final class StormTypes {

    /** storm-shellgen's shell components (shellgen-runtime), which generated components extend. */
    private static final String RUNTIME_PACKAGE = "io.github.shellgen.runtime";
    public static final ClassName SHELL_BOLT = ClassName.get(RUNTIME_PACKAGE, "SupervisedShellBolt");
    public static final ClassName SHELL_SPOUT = ClassName.get(RUNTIME_PACKAGE, "SupervisedShellSpout");
    public static final ClassName SHELL_COMMAND = ClassName.get(RUNTIME_PACKAGE, "ShellCommand");

    public static final ClassName OUTPUT_FIELDS_DECLARER = ClassName.get("org.apache.storm.topology", "OutputFieldsDeclarer");
    public static final ClassName FIELDS = ClassName.get("org.apache.storm.tuple", "Fields");
    public static final ClassName TOPOLOGY_BUILDER = ClassName.get("org.apache.storm.topology", "TopologyBuilder");
    public static final ClassName STORM_TOPOLOGY = ClassName.get("org.apache.storm.generated", "StormTopology");
    public static final ClassName CONFIG = ClassName.get("org.apache.storm", "Config");
    public static final ClassName STORM_SUBMITTER = ClassName.get("org.apache.storm", "StormSubmitter");
    public static final ClassName TOPOLOGY_CONTEXT = ClassName.get("org.apache.storm.task", "TopologyContext");
    public static final ClassName COUNT_SHELL_METRIC = ClassName.get("org.apache.storm.metric.api.rpc", "CountShellMetric");
    public static final ClassName ASSIGNABLE_SHELL_METRIC =
            ClassName.get("org.apache.storm.metric.api.rpc", "AssignableShellMetric");
    public static final ClassName REDUCED_SHELL_METRIC = ClassName.get("org.apache.storm.metric.api.rpc", "ReducedShellMetric");
    public static final ClassName MEAN_REDUCER = ClassName.get("org.apache.storm.metric.api", "MeanReducer");
    public static final ClassName COMPONENT_COMMON = ClassName.get("org.apache.storm.generated", "ComponentCommon");
    public static final ClassName STREAM_INFO = ClassName.get("org.apache.storm.generated", "StreamInfo");
    /** What Flux builds for a partial-key grouping, which Flux 2.8 has no type for. */
    public static final ClassName PARTIAL_KEY_GROUPING = ClassName.get("org.apache.storm.grouping", "PartialKeyGrouping");

    /** What a class named in an annotation must implement, by the role Storm gives it. */
    public static final ClassName RICH_SPOUT = ClassName.get("org.apache.storm.topology", "IRichSpout");
    public static final ClassName RICH_BOLT = ClassName.get("org.apache.storm.topology", "IRichBolt");
    public static final ClassName BASIC_BOLT = ClassName.get("org.apache.storm.topology", "IBasicBolt");
    public static final ClassName CUSTOM_STREAM_GROUPING = ClassName.get("org.apache.storm.grouping", "CustomStreamGrouping");
    public static final ClassName MULTILANG_SERIALIZER = ClassName.get("org.apache.storm.multilang", "ISerializer");

    private StormTypes() {}

    /** The class a generated shell component extends. */
    public static ClassName shellBase(Role role) {
        return role == Role.SPOUT ? SHELL_SPOUT : SHELL_BOLT;
    }
}
