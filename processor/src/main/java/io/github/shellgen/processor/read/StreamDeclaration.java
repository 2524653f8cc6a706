package io.github.shellgen.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An output stream as the user declared it: the default stream, declared by the component
 * annotation's {@code fields}, or a {@code @Stream} of its {@code streams}.
 *
 * @param id the stream id
 * @param idValue where the id is written, or null when it is implied (the default stream)
 * @param mirror the {@code @Stream} annotation, or null for the default stream
 * @param fields the field names, each as written, in order
 * @param direct whether it is a direct stream
 */
public record StreamDeclaration(
        String id, AnnotationValue idValue, AnnotationMirror mirror, List<AnnotationValue> fields, boolean direct) {

    public StreamDeclaration {
        fields = List.copyOf(fields);
    }

    public List<String> fieldNames() {
        return fields.stream().map(field -> String.valueOf(field.getValue())).toList();
    }

}
