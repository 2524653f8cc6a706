package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.Program;
import io.github.shellgen.processor.read.StreamDeclaration;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormNames;
import io.github.shellgen.processor.storm.StormTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/** One component on its own: its id, its declared streams and fields, its parallelism and tasks, and a Java component's class. */
record ComponentRules(Reporter reporter, NameRules names, ClassRules classes) {

    void check(ComponentDeclaration component) {
        checkId(component);
        checkStreams(component);
        checkParallelism(component);
        if (component.program() instanceof Program.JavaClass javaClass) {
            checkJavaClass(component, javaClass);
        }
    }

    /** A Java component's class: one Storm can instantiate and run as that kind of component. */
    private void checkJavaClass(ComponentDeclaration component, Program.JavaClass javaClass) {
        classes.check(component.element(), component.mirror(), component.kind().display(), javaClass.type(),
                component.kind().role() == Role.SPOUT
                        ? List.of(StormTypes.RICH_SPOUT)
                        : List.of(StormTypes.RICH_BOLT, StormTypes.BASIC_BOLT),
                Message.Moment.TOPOLOGY_BUILT);
    }

    private void checkId(ComponentDeclaration component) {
        names.checkComponentId(component.element(), component.mirror(), component.idAt(), component.kind().display(),
                idDescription(component), component.id());
    }

    private void checkStreams(ComponentDeclaration component) {
        String display = component.kind().display();
        List<StreamDeclaration> streams = component.declaredStreams();
        if (streams.isEmpty() && component.kind().role() == Role.SPOUT) {
            reporter.report(component.element(), component.mirror(), component.fields().explicitAt(),
                    Message.NO_FIELDS, display, component.element().getSimpleName());
        }
        Set<String> ids = new HashSet<>();
        for (StreamDeclaration stream : streams) {
            if (stream.idValue() != null) {
                checkStreamId(component, stream, ids);
            }
            String where = Message.streamFields(stream.id(), stream.idValue() == null);
            List<AnnotationValue> fields = stream.fields();
            for (int i = 0; i < fields.size(); i++) {
                if (String.valueOf(fields.get(i).getValue()).isEmpty()) {
                    reporter.report(component.element(), component.mirror(), fields.get(i),
                            Message.EMPTY_FIELD, display, where, i + 1, stream.fieldNames());
                }
            }
            names.checkDuplicateFields(component.element(), component.mirror(), display, where, fields);
        }
    }

    private void checkStreamId(ComponentDeclaration component, StreamDeclaration stream, Set<String> ids) {
        String id = stream.id();
        if (id.isEmpty() || id.equals(StormNames.DEFAULT_STREAM)) {
            reporter.report(component.element(), component.mirror(), stream.idValue(),
                    id.isEmpty() ? Message.EMPTY_STREAM_ID : Message.DEFAULT_STREAM_ID, id);
            return;
        }
        if (!names.checkStreamId(component.element(), component.mirror(), stream.idValue(), "@Stream", "id", id)) {
            return;
        }
        if (!ids.add(id)) {
            reporter.report(component.element(), component.mirror(), stream.idValue(), Message.DUPLICATE_STREAM,
                    component.kind().display(), id, id);
        }
    }

    /** How messages name the component's id. */
    static String idDescription(ComponentDeclaration component) {
        return Message.componentId(component.explicitId().name(), component.hasExplicitId(),
                component.element().getSimpleName());
    }

    private void checkParallelism(ComponentDeclaration component) {
        String display = component.kind().display();
        int parallelism = component.parallelism().value();
        int tasks = component.tasks().value();
        if (parallelism < 1) {
            reporter.report(component.element(), component.mirror(), component.parallelism().at(),
                    Message.PARALLELISM, display, parallelism);
        }
        if (tasks < 0) {
            reporter.report(component.element(), component.mirror(), component.tasks().at(),
                    Message.TASKS, display, tasks);
        } else if (tasks > 0 && tasks < parallelism) {
            reporter.report(component.element(), component.mirror(), component.tasks().at(),
                    Message.FEWER_TASKS_THAN_EXECUTORS, display, tasks, parallelism, tasks, tasks, parallelism);
        }
    }
}
