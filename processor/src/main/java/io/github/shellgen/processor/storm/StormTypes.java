package io.github.shellgen.processor.storm;

import com.squareup.javapoet.ClassName;

/**
 * The Storm and shellgen-runtime types that generated code uses or that a rule judges a class
 * against, by name only: the processor depends on neither. In order: what generated components
 * extend (shellgen-runtime); what a generated topology class builds, configures and submits; what
 * declares streams and checks a Java component's against its annotation; the shell metrics a
 * component registers; what a class named in an annotation must implement, by the role Storm gives
 * it; and what Flux builds for a partial-key grouping, which Flux 2.8 has no type for.
 */
public final class StormTypes {

    public static final ClassName SHELL_BOLT = type("io.github.shellgen.runtime.SupervisedShellBolt");
    public static final ClassName WINDOWED_SHELL_BOLT = type("io.github.shellgen.runtime.WindowedShellBolt");
    public static final ClassName STATEFUL_SHELL_BOLT = type("io.github.shellgen.runtime.StatefulShellBolt");
    /** How storm-redis stores the keys of storm-shellgen's state: as UTF-8 text. */
    public static final ClassName STATE_KEY_SERIALIZER = type("io.github.shellgen.runtime.StateKeySerializer");
    public static final ClassName STATE_PROVIDER = type("org.apache.storm.state.StateProvider");
    /** What runs a windowed shell bolt: Storm's windowing executor, as shellgen-runtime extends it. */
    public static final ClassName WINDOWED_SHELL_EXECUTOR = type("io.github.shellgen.runtime.WindowedShellBoltExecutor");
    public static final ClassName SHELL_SPOUT = type("io.github.shellgen.runtime.SupervisedShellSpout");
    public static final ClassName SHELL_COMMAND = type("io.github.shellgen.runtime.ShellCommand");
    public static final ClassName TOPOLOGY_BUILDER = type("org.apache.storm.topology.TopologyBuilder");
    public static final ClassName STORM_TOPOLOGY = type("org.apache.storm.generated.StormTopology");
    public static final ClassName CONFIG = type("org.apache.storm.Config");
    public static final ClassName STORM_SUBMITTER = type("org.apache.storm.StormSubmitter");
    public static final ClassName OUTPUT_FIELDS_DECLARER = type("org.apache.storm.topology.OutputFieldsDeclarer");
    public static final ClassName FIELDS = type("org.apache.storm.tuple.Fields");
    public static final ClassName COMPONENT_COMMON = type("org.apache.storm.generated.ComponentCommon");
    public static final ClassName STREAM_INFO = type("org.apache.storm.generated.StreamInfo");
    public static final ClassName TOPOLOGY_CONTEXT = type("org.apache.storm.task.TopologyContext");
    public static final ClassName COUNT_SHELL_METRIC = type("org.apache.storm.metric.api.rpc.CountShellMetric");
    public static final ClassName ASSIGNABLE_SHELL_METRIC = type("org.apache.storm.metric.api.rpc.AssignableShellMetric");
    public static final ClassName REDUCED_SHELL_METRIC = type("org.apache.storm.metric.api.rpc.ReducedShellMetric");
    public static final ClassName MEAN_REDUCER = type("org.apache.storm.metric.api.MeanReducer");
    public static final ClassName RICH_SPOUT = type("org.apache.storm.topology.IRichSpout");
    public static final ClassName RICH_BOLT = type("org.apache.storm.topology.IRichBolt");
    public static final ClassName BASIC_BOLT = type("org.apache.storm.topology.IBasicBolt");
    public static final ClassName CUSTOM_STREAM_GROUPING = type("org.apache.storm.grouping.CustomStreamGrouping");
    public static final ClassName MULTILANG_SERIALIZER = type("org.apache.storm.multilang.ISerializer");
    public static final ClassName PARTIAL_KEY_GROUPING = type("org.apache.storm.grouping.PartialKeyGrouping");

    private StormTypes() {}

    private static ClassName type(String qualifiedName) {
        return ClassName.bestGuess(qualifiedName);
    }

    /** The class a generated shell component extends. */
    public static ClassName shellBase(Role role, boolean windowed, boolean stateful) {
        return role == Role.SPOUT ? SHELL_SPOUT : windowed ? WINDOWED_SHELL_BOLT : stateful ? STATEFUL_SHELL_BOLT
                : SHELL_BOLT;
    }
}
