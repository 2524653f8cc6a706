package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.storm.StormNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The rules every name obeys wherever it is written. An id (component or stream): not in Storm's
 * system namespace, no Flux placeholder. A field list: no field twice.
 */
record NameRules(Reporter reporter) {

    /**
     * Reports what is wrong with the component id {@code id}, written as {@code value} (null when it
     * is derived) of {@code mirror}; {@code display} and {@code what} say where, e.g. "@PythonBolt"
     * and "id". Returns whether it is fine.
     */
    boolean checkComponentId(Element element, AnnotationMirror mirror, AnnotationValue value, String display,
            String what, String id) {
        return checkId(element, mirror, value, display, what, id, Message.RESERVED_COMPONENT_ID);
    }

    /** As {@link #checkComponentId}, for a stream id, declared or subscribed to. */
    boolean checkStreamId(Element element, AnnotationMirror mirror, AnnotationValue value, String display,
            String what, String id) {
        return checkId(element, mirror, value, display, what, id, Message.RESERVED_STREAM_ID);
    }

    private boolean checkId(Element element, AnnotationMirror mirror, AnnotationValue value, String display,
            String what, String id, Message reserved) {
        boolean fine = true;
        if (StormNames.isSystemId(id)) {
            reporter.report(element, mirror, value, reserved, display, what, id, id);
            fine = false;
        }
        if (StormNames.hasFluxPlaceholder(id)) {
            reporter.report(element, mirror, value, Message.FLUX_PLACEHOLDER, display, what, id);
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
                reporter.report(element, mirror, fields.get(i), Message.DUPLICATE_FIELD, display, where, name,
                        first, i + 1, name);
            }
        }
    }
}
