package io.github.shellgen.processor.write;

import com.google.auto.common.GeneratedAnnotationSpecs;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.storm.StormTypes;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** What every generated source shares: the {@code @Generated} annotation, the originating element, the write. */
final class GeneratedSources {

    private final ProcessingEnvironment env;
    /** The processor that {@code @Generated} names. */
    private final Class<?> generator;

    GeneratedSources(ProcessingEnvironment env, Class<?> generator) {
        this.env = env;
        this.generator = generator;
    }

    /** Marks {@code type} as generated from {@code originating} by this processor. */
    TypeSpec.Builder mark(TypeSpec.Builder type, Element originating) {
        GeneratedAnnotationSpecs.generatedAnnotationSpec(
                        env.getElementUtils(), env.getSourceVersion(), generator)
                .ifPresent(type::addAnnotation);
        return type.addOriginatingElement(originating);
    }

    void write(String packageName, TypeSpec type) throws IOException {
        JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .writeTo(env.getFiler());
    }

    /** {@code new Fields("a", "b")}. */
    static CodeBlock newFields(List<String> fields) {
        return CodeBlock.of("new $T($L)", StormTypes.FIELDS,
                fields.stream().map(JavaText::literal).collect(CodeBlock.joining(", ")));
    }

    /** {@code python3 splitbolt.py}, for Javadoc. */
    static String commandLine(List<String> command) {
        return JavaText.javadoc(command.stream().collect(Collectors.joining(" ")));
    }
}
