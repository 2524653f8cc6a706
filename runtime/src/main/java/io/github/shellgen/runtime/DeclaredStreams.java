package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.storm.generated.StreamInfo;
import org.apache.storm.task.TopologyContext;

/**
 * The output streams a component declares, to check each emit of its subprocess against: Storm
 * itself would throw deep in its tuple code and take the worker down.
 */
final class DeclaredStreams {

    private record Declared(List<String> fields, boolean direct) {}

    private final Map<String, Declared> streams = new TreeMap<>();

    DeclaredStreams(TopologyContext context) {
        Map<String, StreamInfo> infos = context.getComponentCommon(context.getThisComponentId()).get_streams();
        infos.forEach((id, info) -> {
            if (!id.startsWith("__")) { // Storm's own streams (metrics, system), never the script's
                streams.put(id, new Declared(List.copyOf(info.get_output_fields()), info.is_direct()));
            }
        });
    }

    /**
     * What is wrong with this emit, or null.
     *
     * @param direct whether the script named the task (emitDirect)
     */
    String problem(String stream, List<Object> values, boolean direct) {
        Declared declared = streams.get(stream);
        int count = values == null ? 0 : values.size();
        if (declared == null) {
            return RuntimeMessage.UNDECLARED_STREAM.format(describe(values), stream, declaredList());
        }
        if (count != declared.fields.size()) {
            return RuntimeMessage.WRONG_ARITY.format(describe(values), stream, declared.fields.size(),
                    declared.fields.size() == 1 ? "field" : "fields", declared.fields);
        }
        if (direct && !declared.direct) {
            return RuntimeMessage.NOT_DIRECT.format(stream);
        }
        if (!direct && declared.direct) {
            return RuntimeMessage.DIRECT.format(stream);
        }
        return null;
    }

    private String declaredList() {
        if (streams.isEmpty()) {
            return "no streams";
        }
        List<String> each = new ArrayList<>();
        streams.forEach((id, declared) -> each.add("\"" + id + "\" " + declared.fields));
        return String.join(", ", each);
    }

    private static String describe(Object values) {
        if (!(values instanceof List<?> list)) {
            return "no values";
        }
        StringBuilder shown = new StringBuilder("[");
        for (Object value : list) {
            shown.append(shown.length() > 1 ? ", " : "").append(value instanceof String ? "\"" + value + "\"" : value);
            if (shown.length() > 200) {
                break;
            }
        }
        String text = shown.append(']').toString();
        if (text.length() > 200) {
            text = text.substring(0, 200) + "...]";
        }
        return list.size() + (list.size() == 1 ? " value " : " values ") + text;
    }

    /** The streams as JSON, for {@link RuntimeConfig#STREAMS_ENV}. */
    String json() {
        Map<String, String> each = new LinkedHashMap<>();
        streams.forEach((id, declared) -> {
            List<String> fields = new ArrayList<>();
            declared.fields.forEach(field -> fields.add(quote(field)));
            each.put(id, "{\"fields\":[" + String.join(",", fields) + "],\"direct\":" + declared.direct + "}");
        });
        List<String> entries = new ArrayList<>();
        each.forEach((id, value) -> entries.add(quote(id) + ":" + value));
        return "{" + String.join(",", entries) + "}";
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
