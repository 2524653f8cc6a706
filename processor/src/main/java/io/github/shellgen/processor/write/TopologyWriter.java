package io.github.shellgen.processor.write;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.ConfigEntry;
import io.github.shellgen.processor.model.GroupingModel;
import io.github.shellgen.processor.model.TopologyModel;
import io.github.shellgen.processor.storm.GroupingType;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormNames;
import io.github.shellgen.processor.storm.StormTypes;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>Topology}: the wired builder, the topology, its config and a submitting {@code main}. */
final class TopologyWriter {

    private final GeneratedSources sources;

    TopologyWriter(GeneratedSources sources) {
        this.sources = sources;
    }

    void write(TopologyModel topology, Element originating) throws IOException {
        TypeSpec.Builder type = TypeSpec.classBuilder(topology.generatedClass())
                .addJavadoc("The Storm topology {@code $L} declared by {@link $T}.\n\n",
                        JavaText.javadoc(topology.name()), topology.source())
                .addJavadoc("<p>Run it on a cluster with {@code storm jar app.jar $L}, or through Flux with\n",
                        topology.generatedClass().canonicalName())
                .addJavadoc("{@code storm jar app.jar org.apache.storm.flux.Flux --remote -R /$L}.\n",
                        JavaText.javadoc(OutputNames.flux(topology)))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The topology name.\n")
                        .initializer(JavaText.literal(topology.name()))
                        .build())
                .addField(FieldSpec.builder(String.class, "FLUX_RESOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The generated Flux file, as a classpath resource.\n")
                        .initializer(JavaText.literal("/" + OutputNames.flux(topology)))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(builder(topology))
                .addMethod(topologyMethod(topology))
                .addMethod(config(topology))
                .addMethod(main());
        if (topology.hasJavaComponent()) {
            type.addMethod(checkJavaStreams());
        }
        sources.write(topology.generatedClass().packageName(), sources.mark(type, originating).build());
    }

    private static MethodSpec builder(TopologyModel topology) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("builder")
                .addJavadoc("A builder with every component set and wired; add components to it before\n")
                .addJavadoc("{@code createTopology()} to extend the topology.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(StormTypes.TOPOLOGY_BUILDER)
                .addStatement("$T builder = new $T()", StormTypes.TOPOLOGY_BUILDER, StormTypes.TOPOLOGY_BUILDER);
        for (ComponentModel component : topology.components()) {
            CodeBlock instance = component.window().isPresent()
                    ? CodeBlock.of("new $T(new $T())", StormTypes.WINDOWED_SHELL_EXECUTOR, component.componentClass())
                    : CodeBlock.of("new $T()", component.componentClass());
            CodeBlock.Builder statement = CodeBlock.builder().add("builder.$L($L, $L, $L)",
                    component.role() == Role.SPOUT ? "setSpout" : "setBolt",
                    JavaText.literal(component.id()), instance, component.parallelism());
            if (component.tasks() > 0) {
                statement.add("\n.setNumTasks($L)", component.tasks());
            }
            for (GroupingModel input : component.inputs()) {
                statement.add("\n.$L($L)", input.type().declarerMethod(), groupingArguments(input));
            }
            method.addStatement(statement.build());
        }
        return method.addStatement("return builder").build();
    }

    private static MethodSpec topologyMethod(TopologyModel topology) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("topology")
                .addJavadoc("The topology, ready to submit.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(StormTypes.STORM_TOPOLOGY);
        if (!topology.hasJavaComponent()) {
            return method.addStatement("return builder().createTopology()").build();
        }
        method.addStatement("$T topology = builder().createTopology()", StormTypes.STORM_TOPOLOGY);
        method.addComment("Java components declare their own streams: check they are the ones the annotations say.");
        for (ComponentModel component : topology.components()) {
            if (component.generated()) {
                continue;
            }
            CodeBlock declared = component.streams().stream()
                    .map(stream -> CodeBlock.of("$L", JavaText.literal(stream.id() + (stream.direct() ? " (direct) " : " ")
                            + stream.fields())))
                    .collect(CodeBlock.joining(", "));
            method.addStatement("checkJavaStreams(topology.get_$L().get($L).get_common(), $L, $L, $T.asList($L))",
                    component.role() == Role.SPOUT ? "spouts" : "bolts", JavaText.literal(component.id()),
                    JavaText.literal(component.componentClass().canonicalName()),
                    JavaText.literal(component.source().canonicalName()), Arrays.class, declared);
        }
        return method.addStatement("return topology").build();
    }

    /** Compares what a Java component declares with what its annotation says, as "id (direct) [fields]" lines. */
    private static MethodSpec checkJavaStreams() {
        return MethodSpec.methodBuilder("checkJavaStreams")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(StormTypes.COMPONENT_COMMON, "common")
                .addParameter(String.class, "className")
                .addParameter(String.class, "annotated")
                .addParameter(ParameterizedTypeName.get(List.class, String.class), "expected")
                .addStatement("$T<String> actual = new $T<>()", Set.class, TreeSet.class)
                .beginControlFlow("for ($T<String, $T> stream : common.get_streams().entrySet())",
                        Map.Entry.class, StormTypes.STREAM_INFO)
                .addStatement("actual.add(stream.getKey() + (stream.getValue().is_direct() ? \" (direct) \" : \" \")"
                        + " + stream.getValue().get_output_fields())")
                .endControlFlow()
                .beginControlFlow("if (!actual.equals(new $T<>(expected)))", TreeSet.class)
                .addStatement("throw new $T(\"storm-shellgen: \" + className + \" declares the streams \" + actual"
                        + " + \", but the annotation on \" + annotated + \" says \" + new $T<>(expected)"
                        + " + \". Make the annotation's fields and streams match the class's declareOutputFields.\")",
                        IllegalStateException.class, TreeSet.class)
                .endControlFlow()
                .build();
    }

    private static MethodSpec config(TopologyModel topology) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("config")
                .addJavadoc("The topology configuration; a new instance each call, free to change.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(StormTypes.CONFIG);
        if (topology.config().isEmpty()) {
            return method.addStatement("return new $T()", StormTypes.CONFIG).build();
        }
        method.addStatement("$T config = new $T()", StormTypes.CONFIG, StormTypes.CONFIG);
        String lastWhy = null;
        for (ConfigEntry entry : topology.config()) {
            if (!entry.why().equals(lastWhy)) {
                method.addComment("$L", entry.why());
                lastWhy = entry.why();
            }
            method.addStatement("config.put($L, $L)", JavaText.literal(entry.key()), ConfigCode.value(entry.value()));
        }
        return method.addStatement("return config").build();
    }

    private static CodeBlock groupingArguments(GroupingModel input) {
        CodeBlock.Builder args = CodeBlock.builder().add(JavaText.literal(input.fromId()));
        if (!StormNames.DEFAULT_STREAM.equals(input.streamId())) {
            args.add(", $L", JavaText.literal(input.streamId()));
        }
        if (input.type().hasFields()) {
            args.add(", $L", GeneratedSources.newFields(input.fields()));
        }
        if (input.type() == GroupingType.CUSTOM) {
            args.add(", new $T()", input.customClass());
        }
        return args.build();
    }

    private static MethodSpec main() {
        return MethodSpec.methodBuilder("main")
                .addJavadoc("Submits the topology through {@code StormSubmitter}, named {@code args[0]} if given,\n")
                .addJavadoc("else {@link #NAME}: on a cluster with {@code storm jar}, in process under\n")
                .addJavadoc("{@code storm local} ({@code org.apache.storm.LocalCluster}'s {@code main}).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args")
                .addException(Exception.class)
                .addStatement("String name = args.length > 0 ? args[0] : NAME")
                .addStatement("$T.submitTopology(name, config(), topology())", StormTypes.STORM_SUBMITTER)
                .build();
    }
}
