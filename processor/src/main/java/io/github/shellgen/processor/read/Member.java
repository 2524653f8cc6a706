package io.github.shellgen.processor.read;

import javax.lang.model.element.AnnotationValue;

/**
 * One annotation member as the reader found it: its name, its typed value, and where it is written,
 * so that a diagnostic points javac at the exact literal.
 *
 * @param name the member's name, as messages show it
 * @param value the value, the default when the user did not write it
 * @param at the value as written, or its default
 * @param explicit whether the user wrote it
 */
public record Member<T>(String name, T value, AnnotationValue at, boolean explicit) {

    /** Where a diagnostic about it goes: the value when written, else null (the annotation itself). */
    public AnnotationValue explicitAt() {
        return explicit ? at : null;
    }
}
