package io.github.shellgen.processor.validate;

import com.google.auto.common.MoreElements;
import io.github.shellgen.Topology;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.BatchDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.DeclarationReader;
import io.github.shellgen.processor.read.GroupingDeclaration;
import io.github.shellgen.processor.read.WindowDeclaration;
import javax.lang.model.element.Element;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Annotations in places where nothing would read them: a component not nested directly in a
 * {@code @Topology}, a grouping on an interface that is not a component.
 */
public record PlacementRules(Reporter reporter, DeclarationReader reader) {

    public void checkComponent(TypeElement element) {
        Element enclosing = element.getEnclosingElement();
        if (enclosing != null && MoreElements.isAnnotationPresent(enclosing, Topology.class)) {
            return;
        }
        for (ComponentDeclaration component : reader.readComponents(element)) {
            reporter.report(element, component.mirror(), Message.COMPONENT_OUTSIDE_TOPOLOGY,
                    component.kind().display(), element.getQualifiedName());
        }
    }

    public void checkWindow(TypeElement element) {
        WindowDeclaration window = reader.readWindow(element);
        if (window != null && reader.readComponents(element).isEmpty()) {
            reporter.report(element, window.mirror(), Message.WINDOW_WITHOUT_BOLT, element.getQualifiedName());
        }
    }

    public void checkStateful(TypeElement element) {
        AnnotationMirror stateful = reader.readStateful(element);
        if (stateful != null && reader.readComponents(element).isEmpty()) {
            reporter.report(element, stateful, Message.STATEFUL_WITHOUT_BOLT, element.getQualifiedName());
        }
    }

    public void checkBatch(TypeElement element) {
        BatchDeclaration batch = reader.readBatch(element);
        if (batch != null && reader.readComponents(element).isEmpty()) {
            reporter.report(element, batch.mirror(), Message.BATCH_WITHOUT_BOLT, element.getQualifiedName());
        }
    }

    public void checkGroupings(TypeElement element) {
        if (!reader.readComponents(element).isEmpty()) {
            return; // A spout's groupings are reported with its topology.
        }
        for (GroupingDeclaration grouping : reader.readGroupings(element)) {
            reporter.report(element, grouping.mirror(), Message.GROUPING_WITHOUT_BOLT,
                    grouping.display(), element.getQualifiedName());
        }
    }
}
