package io.github.shellgen.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationValue;

/**
 * An output stream as the user declared it. Today the only one is the default stream, declared by
 * the component annotation's {@code fields}; streams declared by id will add their id's value.
 *
 * @param id the stream id
 * @param idValue where the id is written, or null when it is implied (the default stream)
 * @param fields the field names, each as written, in order
 */
public record StreamDeclaration(String id, AnnotationValue idValue, List<AnnotationValue> fields) {

    public StreamDeclaration {
        fields = List.copyOf(fields);
    }

    public List<String> fieldNames() {
        return fields.stream().map(field -> String.valueOf(field.getValue())).toList();
    }
}
