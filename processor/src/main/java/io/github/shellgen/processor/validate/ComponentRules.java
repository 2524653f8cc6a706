package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import io.github.shellgen.processor.model.Role;
import io.github.shellgen.processor.model.StreamModel;
import io.github.shellgen.processor.read.AnnotationDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.StreamDeclaration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/** One component on its own: its id, its declared streams and fields, its parallelism and tasks, and a Java component's class. */
final class ComponentRules {

    private final Reporter reporter;
    private final NameRules names;
    private final ClassRules classes;

    ComponentRules(Reporter reporter, NameRules names, ClassRules classes) {
        this.reporter = reporter;
        this.names = names;
        this.classes = classes;
    }

    void check(ComponentDeclaration component) {
        checkId(component);
        checkStreams(component);
        checkParallelism(component);
        if (component.kind().isJava()) {
            checkJavaClass(component);
        }
    }

    /** A Java component's class: one Storm can instantiate and run as that kind of component. */
    private void checkJavaClass(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        classes.check(component.element(), annotation.mirror(), component.kind().display(), "value",
                annotation.type("value"), annotation.value("value"),
                component.kind().role() == Role.SPOUT
                        ? List.of("org.apache.storm.topology.IRichSpout")
                        : List.of("org.apache.storm.topology.IRichBolt", "org.apache.storm.topology.IBasicBolt"),
                "when the topology is built");
    }

    private void checkId(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        names.checkId(component.element(), annotation.mirror(), idValue(component), component.kind().display(),
                idDescription(component), component.id(), NameRules.IdKind.COMPONENT);
    }

    private void checkStreams(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        String display = component.kind().display();
        List<StreamDeclaration> streams = component.declaredStreams();
        if (streams.isEmpty() && component.kind().role() == Role.SPOUT) {
            reporter.error(component.element(), annotation.mirror(), explicitOrNull(annotation, "fields"),
                    Message.NO_FIELDS, display, component.element().getSimpleName());
        }
        Set<String> ids = new HashSet<>();
        for (StreamDeclaration stream : streams) {
            if (stream.idValue() != null) {
                checkStreamId(component, stream, ids);
            }
            String where = stream.describeFields();
            List<AnnotationValue> fields = stream.fields();
            for (int i = 0; i < fields.size(); i++) {
                if (String.valueOf(fields.get(i).getValue()).isEmpty()) {
                    reporter.error(component.element(), annotation.mirror(), fields.get(i),
                            Message.EMPTY_FIELD, display, where, i + 1, stream.fieldNames());
                }
            }
            names.checkDuplicateFields(component.element(), annotation.mirror(), display, where, fields);
        }
    }

    private void checkStreamId(ComponentDeclaration component, StreamDeclaration stream, Set<String> ids) {
        AnnotationDeclaration annotation = component.annotation();
        String display = component.kind().display();
        String id = stream.id();
        if (id.isEmpty() || id.equals(StreamModel.DEFAULT_ID)) {
            reporter.error(component.element(), annotation.mirror(), stream.idValue(), Message.STREAM_ID, id,
                    id.isEmpty() ? "is empty" : "is the default stream, which the component's fields declare");
            return;
        }
        if (!names.checkId(component.element(), annotation.mirror(), stream.idValue(), "@Stream", "id", id,
                NameRules.IdKind.STREAM)) {
            return;
        }
        if (!ids.add(id)) {
            reporter.error(component.element(), annotation.mirror(), stream.idValue(), Message.DUPLICATE_STREAM,
                    display, id, id);
        }
    }

    private void checkParallelism(ComponentDeclaration component) {
        AnnotationDeclaration annotation = component.annotation();
        String display = component.kind().display();
        int parallelism = annotation.integer("parallelism");
        int tasks = annotation.integer("tasks");
        if (parallelism < 1) {
            reporter.error(component.element(), annotation.mirror(), annotation.value("parallelism"),
                    Message.PARALLELISM, display, parallelism);
        }
        if (tasks < 0) {
            reporter.error(component.element(), annotation.mirror(), annotation.value("tasks"),
                    Message.TASKS, display, tasks);
        } else if (tasks > 0 && tasks < parallelism) {
            reporter.warning(component.element(), annotation.mirror(), annotation.value("tasks"),
                    Message.FEWER_TASKS_THAN_EXECUTORS, display, tasks, parallelism, tasks, tasks, parallelism);
        }
    }

    /** Where the component's id is written: its {@code id} value, or null (the annotation) when derived. */
    static AnnotationValue idValue(ComponentDeclaration component) {
        return component.hasExplicitId() ? component.annotation().value("id") : null;
    }

    /** "id", or how the id was derived when the user did not write one. */
    static String idDescription(ComponentDeclaration component) {
        return component.hasExplicitId()
                ? "id"
                : "id (taken from the interface name " + component.element().getSimpleName() + ")";
    }

    private static AnnotationValue explicitOrNull(AnnotationDeclaration annotation, String name) {
        return annotation.isExplicit(name) ? annotation.value(name) : null;
    }
}
