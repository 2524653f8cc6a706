package io.github.shellgen.processor.write;

import java.util.Locale;

/**
 * Text made safe for a {@code .properties} file, as {@code java.util.Properties} reads it: ISO
 * 8859-1 with {@code \\uXXXX} for the rest, special characters escaped.
 */
final class PropertiesText {

    private PropertiesText() {}

    static String key(String text) {
        return escape(text, true);
    }

    static String value(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
