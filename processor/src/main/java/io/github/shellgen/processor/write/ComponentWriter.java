package io.github.shellgen.processor.write;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.Role;
import io.github.shellgen.processor.model.StreamModel;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes one component class: {@code extends ShellBolt implements IRichBolt, <Interface>} (or the
 * spout equivalents), running the command and declaring the output streams.
 */
public final class ComponentWriter {

    private final GeneratedSources sources;

    public ComponentWriter(ProcessingEnvironment env) {
        this.sources = new GeneratedSources(env);
    }

    public void write(ComponentModel component, Element originating) throws IOException {
        String kind = component.role() == Role.SPOUT ? "spout" : "bolt";
        TypeSpec.Builder type = TypeSpec.classBuilder(component.generatedClass())
                .addJavadoc("Storm $L {@code $L} of {@link $T}: runs {@code $L} in the topology's resources folder.\n",
                        kind, GeneratedSources.javadocText(component.id()), component.source(),
                        GeneratedSources.commandLine(component.command()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(StormTypes.shellBase(component.role()))
                .addSuperinterface(StormTypes.richInterface(component.role()))
                .addSuperinterface(component.source())
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .addField(FieldSpec.builder(String.class, "ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The component id in the topology.\n")
                        .initializer(GeneratedSources.literal(component.id()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($L)", component.command().stream()
                                .map(GeneratedSources::literal)
                                .collect(CodeBlock.joining(", ")))
                        .build())
                .addMethod(declareOutputFields(component))
                .addMethod(getComponentConfiguration());
        sources.write(component.generatedClass().packageName(), sources.mark(type, originating).build());
    }

    private static MethodSpec declareOutputFields(ComponentModel component) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("declareOutputFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(StormTypes.OUTPUT_FIELDS_DECLARER, "declarer");
        if (component.streams().isEmpty()) {
            method.addComment("Emits nothing.");
        }
        for (StreamModel stream : component.streams()) {
            if (stream.isDefault()) {
                method.addStatement("declarer.declare($L)", GeneratedSources.newFields(stream.fields()));
            } else {
                method.addStatement("declarer.declareStream($L, $L)", GeneratedSources.literal(stream.id()),
                        GeneratedSources.newFields(stream.fields()));
            }
        }
        return method.build();
    }

    private static MethodSpec getComponentConfiguration() {
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, Object.class);
        return MethodSpec.methodBuilder("getComponentConfiguration")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(map)
                .addComment("No component-specific configuration: the topology's applies.")
                .addStatement("return null")
                .build();
    }
}
