package io.github.shellgen.processor.read;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.storm.StormNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A component interface as the user wrote it.
 *
 * @param element the annotated interface
 * @param kind which component annotation it carries
 * @param mirror that annotation
 * @param explicitId its {@code id}, empty when the id is derived from the interface's name
 * @param fields the default stream's fields, each as written
 * @param streams its {@code @Stream}s, in source order
 * @param parallelism its executor count
 * @param tasks its task count
 * @param program what it runs
 * @param shell how its subprocess runs; null for a Java component, which runs none
 * @param groupings its grouping annotations, in source order, unwrapped from their containers
 * @param window its {@code @Window}; null when it has none
 * @param stateful its {@code @Stateful}; null when it has none
 * @param batch its {@code @Batch}; null when it has none
 */
public record ComponentDeclaration(
        TypeElement element,
        ComponentAnnotation kind,
        AnnotationMirror mirror,
        Member<String> explicitId,
        Member<List<AnnotationValue>> fields,
        List<StreamDeclaration> streams,
        Member<Integer> parallelism,
        Member<Integer> tasks,
        Program program,
        ShellSettings shell,
        List<GroupingDeclaration> groupings,
        WindowDeclaration window,
        AnnotationMirror stateful,
        BatchDeclaration batch) {

    public ComponentDeclaration {
        streams = List.copyOf(streams);
        groupings = List.copyOf(groupings);
    }

    /**
     * The component id: {@code id} if given, else the interface's simple name with its first letter
     * in lower case ({@code Splitter} becomes {@code splitter}).
     */
    public String id() {
        if (hasExplicitId()) {
            return explicitId.value();
        }
        String simple = element.getSimpleName().toString();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** Whether {@code id} is written in the annotation, rather than derived from the interface's name. */
    public boolean hasExplicitId() {
        return !explicitId.value().isEmpty();
    }

    /** Where the id is written: its {@code id} value, or null (the annotation) when derived. */
    public AnnotationValue idAt() {
        return hasExplicitId() ? explicitId.at() : null;
    }


    /**
     * The streams it declares, as written: the default stream when {@code fields} is not empty,
     * then each {@code @Stream} of {@code streams}.
     */
    public List<StreamDeclaration> declaredStreams() {
        List<StreamDeclaration> declared = new ArrayList<>();
        if (!fields.value().isEmpty()) {
            declared.add(new StreamDeclaration(StormNames.DEFAULT_STREAM, null, null, fields.value(), false));
        }
        declared.addAll(streams);
        return declared;
    }

    /** The declared streams by id (a repeated id keeps its first declaration). */
    public Map<String, StreamDeclaration> streamsById() {
        Map<String, StreamDeclaration> byId = new LinkedHashMap<>();
        for (StreamDeclaration stream : declaredStreams()) {
            byId.putIfAbsent(stream.id(), stream);
        }
        return byId;
    }

    /** The Python library behind the script's {@code import storm}; null unless it runs a Python script. */
    public PythonRuntime runtime() {
        return program instanceof Program.PythonScript python ? python.runtime() : null;
    }
}
