package io.github.shellgen.processor.write;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.ConfigEntry;
import io.github.shellgen.processor.model.GroupingModel;
import io.github.shellgen.processor.model.GroupingType;
import io.github.shellgen.processor.model.Role;
import io.github.shellgen.processor.model.StreamModel;
import io.github.shellgen.processor.model.TopologyModel;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>Topology}: the wired builder, the topology, its config and a submitting {@code main}. */
public final class TopologyWriter {

    private final GeneratedSources sources;

    public TopologyWriter(ProcessingEnvironment env) {
        this.sources = new GeneratedSources(env);
    }

    public void write(TopologyModel topology, Element originating) throws IOException {
        TypeSpec.Builder type = TypeSpec.classBuilder(topology.generatedClass())
                .addJavadoc("The Storm topology {@code $L} declared by {@link $T}.\n\n",
                        GeneratedSources.javadocText(topology.name()), topology.source())
                .addJavadoc("<p>Run it on a cluster with {@code storm jar app.jar $L}, or through Flux with\n",
                        topology.generatedClass().canonicalName())
                .addJavadoc("{@code storm jar app.jar org.apache.storm.flux.Flux --remote -R /$L}.\n",
                        GeneratedSources.javadocText(topology.fluxFileName()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The topology name.\n")
                        .initializer(GeneratedSources.literal(topology.name()))
                        .build())
                .addField(FieldSpec.builder(String.class, "FLUX_RESOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The generated Flux file, as a classpath resource.\n")
                        .initializer(GeneratedSources.literal("/" + topology.fluxFileName()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(builder(topology))
                .addMethod(MethodSpec.methodBuilder("topology")
                        .addJavadoc("The topology, ready to submit.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(StormTypes.STORM_TOPOLOGY)
                        .addStatement("return builder().createTopology()")
                        .build())
                .addMethod(config(topology))
                .addMethod(main());
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
            CodeBlock.Builder statement = CodeBlock.builder().add("builder.$L($L, new $T(), $L)",
                    component.role() == Role.SPOUT ? "setSpout" : "setBolt",
                    GeneratedSources.literal(component.id()), component.generatedClass(), component.parallelism());
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
            method.addStatement("config.put($L, $L)", GeneratedSources.literal(entry.key()), entry.value());
        }
        return method.addStatement("return config").build();
    }

    private static CodeBlock groupingArguments(GroupingModel input) {
        CodeBlock.Builder args = CodeBlock.builder().add(GeneratedSources.literal(input.fromId()));
        if (!StreamModel.DEFAULT_ID.equals(input.streamId())) {
            args.add(", $L", GeneratedSources.literal(input.streamId()));
        }
        if (input.type() == GroupingType.FIELDS) {
            args.add(", $L", GeneratedSources.newFields(input.fields()));
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
