package io.github.shellgen.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code @Conf} value the way {@code storm jar ... -c key=value} does: as JSON when it is
 * JSON ({@code 3}, {@code true}, {@code "text"}, {@code [1, 2]}, {@code {"a": 1}}), else as the
 * string written. Integers become Integer (Long beyond its range), other numbers Double.
 */
public final class ConfValue {

    /** What {@link #read} makes of JSON {@code null}, which no configuration value may be. */
    public static final Object NULL = new Object();

    private final String text;
    private int pos;

    private ConfValue(String text) {
        this.text = text;
    }

    /** The value {@code text} stands for; {@link #NULL} for JSON null. */
    public static Object read(String text) {
        return json(text).orElse(text);
    }

    /** {@code text} as JSON, or empty when it is not JSON. */
    public static Optional<Object> json(String text) {
        ConfValue parser = new ConfValue(text);
        try {
            parser.skipSpace();
            Object value = parser.value();
            parser.skipSpace();
            return parser.pos == text.length() ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private Object value() {
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        elements('}', () -> {
            if (text.charAt(pos) != '"') {
                throw new IllegalArgumentException();
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
        });
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        elements(']', () -> list.add(value()));
        return list;
    }

    /** The elements of an object or array, each read by {@code element}, up to {@code close}. */
    private void elements(char close, Runnable element) {
        pos++;
        skipSpace();
        if (text.charAt(pos) == close) {
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            element.run();
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
            } else {
                expect(close);
                return;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException();
            }
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw new IllegalArgumentException();
        }
        pos += word.length();
        return value;
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && "0123456789+-.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new IllegalArgumentException();
        }
        if (number.matches("-?[0-9]+")) {
            long value = Long.parseLong(number);
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        double value = Double.parseDouble(number);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(); // Beyond double: JSON Storm could not write back.
        }
        return value;
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException();
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
