package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.GroupingAnnotation;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;

/**
 * Checks a topology declaration and reports every problem, each on the annotation value at fault.
 * A topology with no errors can be modelled and written.
 */
public final class TopologyValidator {

    private final Reporter reporter;
    private final ScriptLocator scripts;

    public TopologyValidator(Reporter reporter, ScriptLocator scripts) {
        this.reporter = reporter;
        this.scripts = scripts;
    }

    /** Reports the topology's problems; returns whether it has none. */
    public boolean validate(TopologyDeclaration topology) {
        int before = reporter.errorCount();
        Map<Element, ComponentDeclaration> byElement = new LinkedHashMap<>();
        for (ComponentDeclaration component : topology.components()) {
            byElement.putIfAbsent(component.element(), component);
        }
        for (ComponentDeclaration component : topology.components()) {
            checkScript(component);
            for (GroupingDeclaration grouping : component.groupings()) {
                checkGrouping(topology, byElement, grouping);
            }
        }
        return reporter.errorCount() == before;
    }

    private void checkScript(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        AnnotationValue value = annotation.value("script");
        String script = annotation.string("script");
        Optional<String> pathProblem = pathProblem(script);
        if (pathProblem.isPresent()) {
            reporter.error(component.element(), annotation.mirror(), value,
                    Message.SCRIPT_PATH, component.kind().display(), script, pathProblem.get());
            return;
        }
        ScriptLocator.Lookup lookup = scripts.locate(script);
        if (!lookup.found()) {
            reporter.error(component.element(), annotation.mirror(), value, Message.SCRIPT_NOT_FOUND,
                    component.kind().display(), script, script, String.join(", ", lookup.lookedIn()));
        }
    }

    /** Why a script path could leave (or not name a file in) the resources folder, if it could. */
    static Optional<String> pathProblem(String script) {
        if (script.isBlank()) {
            return Optional.of("is empty");
        }
        if (script.startsWith("/") || script.startsWith("\\") || script.matches("^[A-Za-z]:.*")) {
            return Optional.of("is absolute");
        }
        for (String segment : script.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of("contains \"..\", which would leave the resources/ folder");
            }
        }
        if (script.endsWith("/") || Path.of(script).getFileName() == null) {
            return Optional.of("names a folder, not a file");
        }
        return Optional.empty();
    }

    private void checkGrouping(
            TopologyDeclaration topology, Map<Element, ComponentDeclaration> components, GroupingDeclaration grouping) {
        AnnotationDeclaration annotation = grouping.annotation();
        Element bolt = annotation.element();
        AnnotationValue fromValue = annotation.value("from");
        Optional<DeclaredType> from = annotation.type("from");
        ComponentDeclaration upstream = from.map(type -> components.get(type.asElement())).orElse(null);
        if (upstream == null) {
            reporter.error(bolt, annotation.mirror(), fromValue, Message.UNKNOWN_UPSTREAM,
                    grouping.kind().display(), fromValue, topology.annotation().string("name"),
                    topology.element().getSimpleName(), componentNames(topology));
            return;
        }
        String stream = annotation.string("stream");
        Map<String, List<String>> streams = upstream.streams();
        List<String> fields = streams.get(stream);
        if (fields == null) {
            reporter.error(bolt, annotation.mirror(), annotation.value("stream"), Message.UNKNOWN_STREAM,
                    grouping.kind().display(), stream, upstream.id(), describeStreams(streams),
                    upstream.element().getSimpleName());
            return;
        }
        if (grouping.kind() == GroupingAnnotation.FIELDS) {
            for (AnnotationValue field : annotation.array("fields")) {
                String name = (String) field.getValue();
                if (!fields.contains(name)) {
                    reporter.error(bolt, annotation.mirror(), field, Message.UNKNOWN_GROUPING_FIELD,
                            grouping.kind().display(), name, stream, upstream.id(), fields, name);
                }
            }
        }
    }

    private static String componentNames(TopologyDeclaration topology) {
        if (topology.components().isEmpty()) {
            return "(it has none)";
        }
        return String.join(", ", topology.components().stream()
                .map(c -> c.element().getSimpleName() + ".class")
                .toList());
    }

    private static String describeStreams(Map<String, List<String>> streams) {
        if (streams.isEmpty()) {
            return "no streams (it emits nothing)";
        }
        return String.join(", ", streams.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" " + e.getValue())
                .toList());
    }
}
