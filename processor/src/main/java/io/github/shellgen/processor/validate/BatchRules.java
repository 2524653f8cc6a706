package io.github.shellgen.processor.validate;

import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.BatchDeclaration;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.WindowSpan;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * A bolt's {@code @Batch}: on a shell bolt whose script can take batches (not a spout, not a Java
 * bolt, not {@code runtime = STOCK}, neither windowed nor stateful), a size in range, and a wait
 * that is a duration shorter than the message timeout.
 */
record BatchRules(Reporter reporter) {

    /** The largest {@code maxSize}: a batch the size of a spout's whole pending limit, and then some. */
    static final int MAX_SIZE = 100_000;

    void check(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        for (ComponentDeclaration component : components) {
            BatchDeclaration batch = component.batch();
            if (batch != null && placed(component, batch)) {
                checkValues(topology, component.element(), batch);
            }
        }
    }

    private boolean placed(ComponentDeclaration component, BatchDeclaration batch) {
        Element element = component.element();
        Message wrong;
        if (component.kind().role() == Role.SPOUT) {
            reporter.report(element, batch.mirror(), Message.BATCH_ON_SPOUT, component.kind().display(),
                    element.getSimpleName());
            return false;
        } else if (component.kind().isJava()) {
            wrong = Message.BATCH_ON_JAVA_BOLT;
        } else if (component.runtime() == PythonRuntime.STOCK) {
            wrong = Message.BATCH_ON_STOCK;
        } else if (component.window() != null) {
            wrong = Message.BATCH_WITH_WINDOW;
        } else if (component.stateful() != null) {
            wrong = Message.BATCH_WITH_STATEFUL;
        } else {
            return true;
        }
        reporter.report(element, batch.mirror(), wrong, element.getSimpleName());
        return false;
    }

    private void checkValues(TopologyDeclaration topology, Element element, BatchDeclaration batch) {
        int size = batch.maxSize().value();
        if (size < 1 || size > MAX_SIZE) {
            reporter.report(element, batch.mirror(), batch.maxSize().at(), Message.BATCH_SIZE, size,
                    MAX_SIZE);
        }
        String wait = batch.maxWait().value();
        Optional<WindowSpan> span = WindowSpan.parse(wait);
        if (span.isEmpty() || span.get().count()) {
            reporter.report(element, batch.mirror(), batch.maxWait().at(), Message.BATCH_WAIT, wait);
            return;
        }
        MessageTimeout timeout = MessageTimeout.of(topology);
        if (span.get().amount() >= timeout.millis()) {
            reporter.report(element, batch.mirror(), batch.maxWait().at(), Message.BATCH_WAIT_TIMEOUT, wait,
                    timeout.secs(), timeout.source());
        }
    }
}
