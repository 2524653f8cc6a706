package io.github.shellgen.processor.read;

import io.github.shellgen.processor.storm.GroupingType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;

/**
 * A grouping annotation on a bolt, one per input, as the user wrote it.
 *
 * @param type which grouping
 * @param element the interface it is on
 * @param mirror the annotation (one of a repeated container's, when repeated)
 * @param from the upstream interface, empty when javac could not resolve it
 * @param stream the upstream's stream
 * @param fields the fields grouped by, each as written; empty for a grouping that has none
 * @param fieldsAt where {@code fields} is written, null for a grouping that has none
 * @param using a custom grouping's class, empty for any other
 */
public record GroupingDeclaration(
        GroupingType type,
        Element element,
        AnnotationMirror mirror,
        Member<Optional<DeclaredType>> from,
        Member<String> stream,
        List<AnnotationValue> fields,
        AnnotationValue fieldsAt,
        Member<Optional<DeclaredType>> using) {

    public GroupingDeclaration {
        fields = List.copyOf(fields);
    }

    /** How the user wrote it, for messages: {@code @ShuffleGrouping}. */
    public String display() {
        return Annotations.display(Annotations.grouping(type));
    }

    public List<String> fieldNames() {
        return fields.stream().map(field -> String.valueOf(field.getValue())).toList();
    }
}
