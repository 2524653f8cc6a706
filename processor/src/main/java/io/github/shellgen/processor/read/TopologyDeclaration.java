package io.github.shellgen.processor.read;

import java.util.List;
import javax.lang.model.element.TypeElement;

/** A {@code @Topology} interface as the user wrote it, with its nested component interfaces. */
public record TopologyDeclaration(
        TypeElement element, AnnotationDeclaration annotation, List<ComponentDeclaration> components) {

    public TopologyDeclaration {
        components = List.copyOf(components);
    }
}
