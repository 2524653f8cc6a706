package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports diagnostics on the exact annotation value, and remembers whether any was an error. */
public final class Reporter {

    private final Messager messager;
    private final RepeatedAnnotationLocator repeated;
    private int errors;

    public Reporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.repeated = RepeatedAnnotationLocator.of(env);
    }

    public void error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        errors++;
        Optional<RepeatedAnnotationLocator.Location> location = repeated.locate(element, mirror, value);
        if (location.isPresent()) {
            repeated.printMessage(Diagnostic.Kind.ERROR, message.format(args), location.get());
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, mirror, value);
        }
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

    public int errorCount() {
        return errors;
    }
}
