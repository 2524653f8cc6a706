package io.github.shellgen.processor.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One script to check, as {@code checks/check_scripts.py} is asked about it, with what the messages
 * about it name: plain values, so that {@code shellgen:check} can check it again after the
 * compilation (from the record {@link ScriptChecker#record} keeps), without javac.
 *
 * @param file the script's file, as the build found it (the class output's copy, usually)
 * @param folder the script's folder relative to {@code resources/}, "" at its root
 * @param runtime {@code shellgen} or {@code stock}: what puts modules on the script's path
 * @param kind {@code spout}, {@code bolt}, {@code windowed}, {@code stateful} or {@code batch}
 * @param display the component annotation as written ({@code @PythonBolt})
 * @param script the script as the annotation names it
 * @param componentId the component's id
 * @param interfaceName the component interface's simple name
 * @param streams the streams the component declares, by id, in order
 */
public record ScriptCheck(String file, String folder, String runtime, String kind, String display, String script,
        String componentId, String interfaceName, Map<String, Stream> streams) {

    /** A declared stream: its fields, and whether it is direct. */
    public record Stream(List<String> fields, boolean direct) {
        public Stream {
            fields = List.copyOf(fields);
        }
    }

    public ScriptCheck {
        streams = new LinkedHashMap<>(streams);
    }

    boolean stock() {
        return runtime.equals("stock");
    }

    /** What the checker is asked (the same for components that share the script and its streams). */
    List<String> key() {
        List<String> key = new ArrayList<>(List.of(file, folder, runtime, kind));
        streams.forEach((id, stream) -> key.addAll(List.of(id, String.valueOf(stream.fields().size()),
                stream.direct() ? "1" : "0")));
        return key;
    }
}
