package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics on the exact annotation value, and remembers whether any was an error.
 * Errors stop generation for the topology at fault; warnings do not.
 */
public final class Reporter {

    private final Messager messager;
    private final RepeatedAnnotationLocator repeated;
    private int errors;

    public Reporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.repeated = RepeatedAnnotationLocator.of(env);
    }

    /** An error on {@code value} of {@code mirror} on {@code element}; on the annotation when {@code value} is null. */
    public void error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        errors++;
        print(Diagnostic.Kind.ERROR, element, mirror, value, message.format(args));
    }

    public void error(Element element, AnnotationMirror mirror, Message message, Object... args) {
        error(element, mirror, null, message, args);
    }

    public void error(Element element, Message message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** An error not tied to any element, such as a bad processor option. */
    public void error(String text) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, text);
    }

    /** A warning on {@code value} of {@code mirror} on {@code element}; on the annotation when {@code value} is null. */
    public void warning(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        print(Diagnostic.Kind.WARNING, element, mirror, value, message.format(args));
    }

    public void warning(Element element, AnnotationMirror mirror, Message message, Object... args) {
        warning(element, mirror, null, message, args);
    }

    /** A note, not tied to any element: something the processor did not do, and why. */
    public void note(Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.NOTE, message.format(args));
    }

    public int errorCount() {
        return errors;
    }

    private void print(Diagnostic.Kind kind, Element element, AnnotationMirror mirror, AnnotationValue value, String text) {
        Optional<RepeatedAnnotationLocator.Location> location = repeated.locate(element, mirror, value);
        if (location.isPresent()) {
            repeated.printMessage(kind, text, location.get());
        } else {
            messager.printMessage(kind, text, element, mirror, value);
        }
    }
}
