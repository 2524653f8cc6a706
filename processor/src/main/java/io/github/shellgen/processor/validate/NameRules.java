package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The rules every name obeys wherever it is written. An id (component or stream): not in Storm's
 * system namespace, no Flux placeholder; declared stream ids will go through the same checks. A
 * field list: no field twice.
 */
final class NameRules {

    /** What an id names, for the message: the Storm rule it breaks and the noun of the fix. */
    enum IdKind {
        COMPONENT("Nimbus rejects the topology at submission (\"%s is not a valid component id.\")", "an id"),
        STREAM("No component can declare such a stream: Nimbus rejects one that does at submission"
                + " (\"%s is not a valid stream id.\")", "a stream");

        private final String stormSays;
        private final String fix;

        IdKind(String stormSays, String fix) {
            this.stormSays = stormSays;
            this.fix = fix;
        }
    }

    private final Reporter reporter;

    NameRules(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Reports what is wrong with {@code id}, written as {@code value} (null when it is derived) of
     * {@code mirror}; {@code display} and {@code what} say where, e.g. "@PythonBolt" and "id".
     * Returns whether it is fine.
     */
    boolean checkId(Element element, AnnotationMirror mirror, AnnotationValue value, String display, String what,
            String id, IdKind kind) {
        boolean fine = true;
        if (StormRules.isSystemId(id)) {
            reporter.error(element, mirror, value, Message.RESERVED_ID, display, what, id,
                    String.format(kind.stormSays, id), kind.fix);
            fine = false;
        }
        if (StormRules.hasFluxPlaceholder(id)) {
            reporter.error(element, mirror, value, Message.FLUX_PLACEHOLDER, display, what, id);
            fine = false;
        }
        return fine;
    }

    /** Reports each field of {@code fields} that repeats an earlier one, on the repeat. */
    void checkDuplicateFields(Element element, AnnotationMirror mirror, String display, String where,
            List<AnnotationValue> fields) {
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = String.valueOf(fields.get(i).getValue());
            Integer first = firstPosition.putIfAbsent(name, i + 1);
            if (first != null) {
                reporter.error(element, mirror, fields.get(i), Message.DUPLICATE_FIELD, display, where, name,
                        "fields " + first + " and " + (i + 1), name);
            }
        }
    }
}
