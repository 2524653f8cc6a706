package io.github.shellgen.processor.read;

import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Window} as the user wrote it: each member as text, judged by the validator.
 *
 * @param mirror the annotation
 */
public record WindowDeclaration(
        AnnotationMirror mirror,
        Member<String> length,
        Member<String> every,
        Member<String> timestampField,
        Member<String> maxLag,
        Member<String> watermarkEvery,
        Member<String> lateStream) {}
