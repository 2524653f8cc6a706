package io.github.shellgen.processor.write;

import com.squareup.javapoet.CodeBlock;
import java.util.Locale;

/** Text made safe for generated Java: in a string literal, and in a Javadoc comment. */
final class JavaText {

    private JavaText() {}

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
                        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", literal.append('"').toString());
    }

    /**
     * {@code text} made safe inside a Javadoc comment, which JavaPoet copies verbatim: a
     * {@code *}{@code /} would end the comment, and javac reads a backslash-u sequence as a
     * character (a line break, or the end of the comment) before it sees the comment at all.
     */
    static String javadoc(String text) {
        return text.replace("\\", "\\\\").replace("*/", "*&#47;").replace("\r", " ");
    }
}
