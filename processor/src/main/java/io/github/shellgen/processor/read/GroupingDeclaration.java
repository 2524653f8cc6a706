package io.github.shellgen.processor.read;

/** A grouping annotation on a bolt, one per input, as the user wrote it. */
public record GroupingDeclaration(GroupingAnnotation kind, AnnotationDeclaration annotation) {}
