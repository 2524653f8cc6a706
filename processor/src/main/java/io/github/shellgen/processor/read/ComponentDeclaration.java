package io.github.shellgen.processor.read;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.model.StreamModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
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

    /** Whether {@code id} is written in the annotation, rather than derived from the interface's name. */
    public boolean hasExplicitId() {
        return !annotation.string("id").isEmpty();
    }

    /**
     * The streams it declares, as written: the default stream when {@code fields} is not empty,
     * then each {@code @Stream} of {@code streams}.
     */
    public List<StreamDeclaration> declaredStreams() {
        List<StreamDeclaration> streams = new ArrayList<>();
        List<AnnotationValue> fields = annotation.array("fields");
        if (!fields.isEmpty()) {
            streams.add(new StreamDeclaration(StreamModel.DEFAULT_ID, null, null, fields, false));
        }
        for (AnnotationDeclaration stream : annotation.annotations("streams")) {
            streams.add(new StreamDeclaration(stream.string("id"), stream.value("id"), stream.mirror(),
                    stream.array("fields"), stream.bool("direct")));
        }
        return streams;
    }

    /** The declared streams by id (a repeated id keeps its first declaration). */
    public Map<String, StreamDeclaration> streamsById() {
        Map<String, StreamDeclaration> streams = new LinkedHashMap<>();
        for (StreamDeclaration stream : declaredStreams()) {
            streams.putIfAbsent(stream.id(), stream);
        }
        return streams;
    }

    /** The Python library behind the script's {@code import storm}; null unless it runs a Python script. */
    public PythonRuntime runtime() {
        return kind.isPython()
                ? annotation.enumConstant("runtime").map(PythonRuntime::valueOf).orElse(PythonRuntime.SHELLGEN)
                : null;
    }
}
