package io.github.shellgen.processor.read;

import io.github.shellgen.processor.model.StreamModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A component interface as the user wrote it.
 *
 * @param element the annotated interface
 * @param kind which component annotation it carries
 * @param annotation that annotation
 * @param groupings its grouping annotations, in source order, unwrapped from their containers
 */
public record ComponentDeclaration(
        TypeElement element,
        ComponentAnnotation kind,
        AnnotationDeclaration annotation,
        List<GroupingDeclaration> groupings) {

    public ComponentDeclaration {
        groupings = List.copyOf(groupings);
    }

    /**
     * The component id: {@code id} if given, else the interface's simple name with its first letter
     * in lower case ({@code Splitter} becomes {@code splitter}).
     */
    public String id() {
        String explicit = annotation.string("id");
        if (!explicit.isEmpty()) {
            return explicit;
        }
        String simple = element.getSimpleName().toString();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The streams it declares, id to fields: the default stream when {@code fields} is not empty. */
    public Map<String, List<String>> streams() {
        Map<String, List<String>> streams = new LinkedHashMap<>();
        List<String> fields = annotation.strings("fields");
        if (!fields.isEmpty()) {
            streams.put(StreamModel.DEFAULT_ID, fields);
        }
        return streams;
    }
}
