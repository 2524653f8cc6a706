package io.github.shellgen.processor.write;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.ConfigEntry;
import io.github.shellgen.processor.model.MetricModel;
import io.github.shellgen.processor.model.StreamModel;
import io.github.shellgen.processor.storm.GeneratedNames;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormTypes;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes one shell component class: {@code extends SupervisedShellBolt implements <Interface>} (or
 * the spout equivalent, from shellgen-runtime), passing the runtime what it runs and how (a
 * {@code ShellCommand}: the command, the files it needs, its folder, its environment, the settings
 * Storm reads only from the conf a shell component starts with), declaring the output streams,
 * returning the component configuration and registering its metrics.
 */
final class ComponentWriter {

    private static final TypeName CONF_MAP = ParameterizedTypeName.get(Map.class, String.class, Object.class);

    private final GeneratedSources sources;

    ComponentWriter(GeneratedSources sources) {
        this.sources = sources;
    }

    void write(ComponentModel component, Element originating) throws IOException {
        String kind = kind(component);
        String where = component.runInResourcesDir() ? "in the topology's resources folder" : "in the worker's directory";
        TypeSpec.Builder type = TypeSpec.classBuilder(component.componentClass())
                .addJavadoc("Storm $L {@code $L} of {@link $T}: runs {@code $L} $L.\n", kind,
                        JavaText.javadoc(component.id()), component.source(),
                        GeneratedSources.commandLine(component.command()), where)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(StormTypes.shellBase(component.role(), component.window().isPresent(), component.stateful()))
                .addSuperinterface(component.source())
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addField(FieldSpec.builder(String.class, "ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The component id in the topology.\n")
                        .initializer(JavaText.literal(component.id()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($L)", shellCommand(component))
                        .build())
                .addMethod(declareOutputFields(component.streams()))
                .addMethod(getComponentConfiguration(component));
        if (!component.metrics().isEmpty()) {
            type.addMethod(registerMetrics(component));
        }
        component.window().ifPresent(window -> type.addJavadoc(
                "\n<p>It has a {@code $L}: Storm runs it through {@code new $T(new $T())}, as the topology's\n"
                        + "{@code builder()} and Flux file do.\n",
                JavaText.javadoc(window.describe()), StormTypes.WINDOWED_SHELL_EXECUTOR, component.componentClass()));
        if (component.stateful()) {
            type.addJavadoc("\n<p>It is stateful: Storm runs it through its {@code StatefulBoltExecutor}, which\n"
                    + "{@code TopologyBuilder.setBolt} and Flux choose for an {@code IStatefulBolt}, and checkpoints its\n"
                    + "state into the topology's state provider.\n");
        }
        component.batch().ifPresent(batch -> type.addJavadoc(
                "\n<p>Its script takes $L: a {@code storm.BatchBolt}, told the limits in the configuration its\n"
                        + "subprocess starts with.\n", JavaText.javadoc(batch.describe())));
        sources.write(component.componentClass().packageName(), sources.mark(type, originating).build());
    }

    private static String kind(ComponentModel component) {
        return component.role() == Role.SPOUT ? "spout" : "bolt";
    }

    /** The runtime's description of what the component runs: one call per setting, in a chain. */
    private static CodeBlock shellCommand(ComponentModel component) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.of($L)", StormTypes.SHELL_COMMAND, join(component.command().stream()
                        .map(JavaText::literal)));
        if (!component.requiredFiles().isEmpty()) {
            code.add("\n.requiring($L)", join(component.requiredFiles().stream().map(JavaText::literal)));
        }
        if (!component.runInResourcesDir()) {
            code.add("\n.inWorkerDirectory($L)", join(component.resourceArgs().stream().map(i -> CodeBlock.of("$L", i))));
        }
        component.env().forEach((name, value) -> code.add("\n.withEnv($L, $L)",
                JavaText.literal(name), JavaText.literal(value)));
        for (ConfigEntry entry : component.launchConfig()) {
            code.add("\n.withLaunchConfig($L, $L)", JavaText.literal(entry.key()), ConfigCode.value(entry.value()));
        }
        return code.build();
    }

    private static CodeBlock join(Stream<CodeBlock> parts) {
        return parts.collect(CodeBlock.joining(", "));
    }

    private static MethodSpec declareOutputFields(List<StreamModel> streams) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.DECLARE_OUTPUT_FIELDS)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(StormTypes.OUTPUT_FIELDS_DECLARER, "declarer");
        if (streams.isEmpty()) {
            method.addComment("Emits nothing.");
        }
        for (StreamModel stream : streams) {
            if (stream.isDefault() && !stream.direct()) {
                method.addStatement("declarer.declare($L)", GeneratedSources.newFields(stream.fields()));
            } else {
                method.addStatement("declarer.declareStream($L, $L, $L)", JavaText.literal(stream.id()),
                        stream.direct(), GeneratedSources.newFields(stream.fields()));
            }
        }
        return method.build();
    }

    private static MethodSpec getComponentConfiguration(ComponentModel component) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.GET_COMPONENT_CONFIGURATION)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(CONF_MAP);
        if (component.componentConfig().isEmpty()) {
            return method.addComment("No component-specific configuration: the topology's applies.")
                    .addStatement("return null")
                    .build();
        }
        method.addStatement("$T conf = new $T<>()", CONF_MAP, HashMap.class);
        for (ConfigEntry entry : component.componentConfig()) {
            method.addStatement("conf.put($L, $L)", JavaText.literal(entry.key()), ConfigCode.value(entry.value()));
        }
        return method.addStatement("return conf").build();
    }

    /** Registers the metrics the script updates, before the subprocess starts. */
    private static MethodSpec registerMetrics(ComponentModel component) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("registerMetrics")
                .addAnnotation(Override.class)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "deprecation")
                        .build())
                .addModifiers(Modifier.PROTECTED)
                .addParameter(StormTypes.TOPOLOGY_CONTEXT, "context");
        for (MetricModel metric : component.metrics()) {
            method.addStatement("context.registerMetric($L, $L, $L)", JavaText.literal(metric.name()),
                    newMetric(metric), metric.intervalSecs());
        }
        return method.build();
    }

    private static CodeBlock newMetric(MetricModel metric) {
        return switch (metric.type()) {
            case COUNT -> CodeBlock.of("new $T()", StormTypes.COUNT_SHELL_METRIC);
            case ASSIGN -> CodeBlock.of("new $T(null)", StormTypes.ASSIGNABLE_SHELL_METRIC);
            case MEAN -> CodeBlock.of("new $T(new $T())", StormTypes.REDUCED_SHELL_METRIC, StormTypes.MEAN_REDUCER);
        };
    }
}
