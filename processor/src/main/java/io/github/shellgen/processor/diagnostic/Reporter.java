package io.github.shellgen.processor.diagnostic;

import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports each {@link Message} with its own severity, on the exact annotation value, and counts
 * the errors: an error stops generation for the topology at fault; a warning or a note does not.
 */
public final class Reporter {

    private final Messager messager;
    private final RepeatedAnnotationLocator repeated;
    private int errors;

    public Reporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.repeated = RepeatedAnnotationLocator.of(env);
    }

    /** On {@code value} of {@code mirror} on {@code element}; on the annotation when {@code value} is null. */
    public void report(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        count(message);
        String text = message.format(args);
        Optional<RepeatedAnnotationLocator.Location> location = repeated.locate(element, mirror, value);
        if (location.isPresent()) {
            repeated.printMessage(message.kind(), text, location.get());
        } else {
            messager.printMessage(message.kind(), text, element, mirror, value);
        }
    }

    /** On the annotation {@code mirror} of {@code element}. */
    public void report(Element element, AnnotationMirror mirror, Message message, Object... args) {
        report(element, mirror, null, message, args);
    }

    /** On {@code element} itself. */
    public void report(Element element, Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args), element);
    }

    /** Not tied to any element, such as a bad processor option, or checks that could not run. */
    public void report(Message message, Object... args) {
        count(message);
        messager.printMessage(message.kind(), message.format(args));
    }

    public int errorCount() {
        return errors;
    }

    private void count(Message message) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
    }
}
