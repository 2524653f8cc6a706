package io.github.shellgen.processor.write;

import com.squareup.javapoet.CodeBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Java expressions for configuration values: the JSON values a {@code @Conf} can hold. */
final class ConfigCode {

    private ConfigCode() {}

    static CodeBlock value(Object value) {
        if (value instanceof String text) {
            return JavaText.literal(text);
        }
        if (value instanceof Long number) {
            return CodeBlock.of("$LL", number);
        }
        if (value instanceof Integer || value instanceof Double || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof List<?> list) {
            return CodeBlock.of("$T.asList($L)", Arrays.class,
                    list.stream().map(ConfigCode::value).collect(CodeBlock.joining(", ")));
        }
        if (value instanceof Map<?, ?> map) {
            CodeBlock entries = map.entrySet().stream()
                    .map(e -> CodeBlock.of("$T.entry($L, $L)", Map.class, value(e.getKey()), value(e.getValue())))
                    .collect(CodeBlock.joining(", "));
            return CodeBlock.of("$T.ofEntries($L)", Map.class, entries);
        }
        throw new IllegalArgumentException("not a configuration value: " + value);
    }
}
