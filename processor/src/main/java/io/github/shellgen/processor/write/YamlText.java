package io.github.shellgen.processor.write;

import java.util.Locale;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Text made safe for the generated YAML, where SnakeYAML does the quoting: which strings must be
 * written double-quoted (with escapes), and a comment's text.
 */
final class YamlText {

    private YamlText() {}

    /**
     * Whether {@code value} holds a line break, a control or a non-printable character: SnakeYAML
     * would write it as a literal block (raw NEL, LS and PS line breaks, which Flux's line-by-line
     * placeholder pass and YAML's line folding both change) or as {@code !!binary} (which Flux cannot
     * read as a string), so it is written double-quoted, every such character an escape.
     */
    static boolean needsEscapes(String value) {
        return value.codePoints().anyMatch(c -> c < 0x20 || isLineBreak(c) || !StreamReader.isPrintable(c));
    }

    /**
     * {@code text} fit for a YAML comment, which ends at any YAML line break (NEL, LS and PS too)
     * and may hold only printable characters: the others are shown as escapes.
     */
    static String comment(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isLineBreak(c) || !StreamReader.isPrintable(c)) {
                line.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    private static boolean isLineBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
