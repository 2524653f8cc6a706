package io.github.shellgen.processor.read;

import io.github.shellgen.IdleWait;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Topology} interface as the user wrote it, with its nested component interfaces.
 *
 * @param idleWait how idle executors wait ({@link IdleWait#AUTO} when javac could not resolve it)
 */
public record TopologyDeclaration(
        TypeElement element,
        AnnotationMirror mirror,
        Member<String> name,
        IdleWait idleWait,
        List<ConfDeclaration> config,
        Settings settings,
        StateDeclaration state,
        List<ComponentDeclaration> components) {

    public TopologyDeclaration {
        config = List.copyOf(config);
        components = List.copyOf(components);
    }
}
