package io.github.shellgen.processor.read;

import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Batch} as the user wrote it, judged by the validator.
 *
 * @param mirror the annotation
 * @param maxSize the most tuples in a batch
 * @param maxWait how long a batch waits for more tuples, as written
 */
public record BatchDeclaration(AnnotationMirror mirror, Member<Integer> maxSize, Member<String> maxWait) {}
