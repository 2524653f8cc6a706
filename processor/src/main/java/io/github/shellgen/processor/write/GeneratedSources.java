package io.github.shellgen.processor.write;

import com.google.auto.common.GeneratedAnnotationSpecs;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import io.github.shellgen.processor.ShellgenProcessor;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** What every generated source shares: the {@code @Generated} annotation, the originating element, the write. */
final class GeneratedSources {

    private final ProcessingEnvironment env;

    GeneratedSources(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Marks {@code type} as generated from {@code originating} by this processor. */
    TypeSpec.Builder mark(TypeSpec.Builder type, Element originating) {
        GeneratedAnnotationSpecs.generatedAnnotationSpec(
                        env.getElementUtils(), env.getSourceVersion(), ShellgenProcessor.class)
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
                fields.stream().map(GeneratedSources::literal).collect(CodeBlock.joining(", ")));
    }

    /**
     * {@code value} as a Java string literal. Used instead of JavaPoet's {@code $S}, which leaves
     * U+2028 and U+2029 raw, and then breaks the line inside the literal there.
     */
    static CodeBlock literal(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\b' -> literal.append("\\b");
                case '\t' -> literal.append("\\t");
                case '\n' -> literal.append("\\n");
                case '\f' -> literal.append("\\f");
                case '\r' -> literal.append("\\r");
                default -> {
                    // Never \\u000a or \\u000d (javac would read a line break): those two are escaped above.
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                        literal.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", literal.append('"').toString());
    }

    /** {@code python3 splitbolt.py}, for Javadoc. */
    static String commandLine(List<String> command) {
        return javadocText(command.stream().collect(Collectors.joining(" ")));
    }

    /**
     * {@code text} made safe inside a Javadoc comment, which JavaPoet copies verbatim: a
     * {@code *}{@code /} would end the comment, and javac reads a backslash-u sequence as a
     * character (a line break, or the end of the comment) before it sees the comment at all.
     */
    static String javadocText(String text) {
        return text.replace("\\", "\\\\").replace("*/", "*&#47;").replace("\r", " ");
    }
}
