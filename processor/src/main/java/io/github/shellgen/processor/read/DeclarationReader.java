package io.github.shellgen.processor.read;

import com.google.auto.common.MoreElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Reads annotation mirrors into declarations. Judges nothing: that is the validator's job. */
public final class DeclarationReader {

    /** Reads a {@code @Topology} interface and its directly nested component interfaces. */
    public TopologyDeclaration readTopology(TypeElement topology) {
        AnnotationDeclaration annotation = find(topology, Annotations.TOPOLOGY)
                .orElseThrow(() -> new IllegalArgumentException(topology + " has no @Topology"));
        List<ComponentDeclaration> components = new ArrayList<>();
        for (TypeElement nested : ElementFilter.typesIn(topology.getEnclosedElements())) {
            components.addAll(readComponents(nested));
        }
        return new TopologyDeclaration(topology, annotation, components);
    }

    /**
     * One declaration per component annotation on {@code element}, in source order: normally one,
     * more when the user wrote several (which the validator reports).
     */
    public List<ComponentDeclaration> readComponents(TypeElement element) {
        List<ComponentDeclaration> components = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            for (ComponentAnnotation kind : ComponentAnnotation.values()) {
                if (name.equals(kind.qualifiedName())) {
                    components.add(new ComponentDeclaration(
                            element, kind, new AnnotationDeclaration(element, mirror), readGroupings(element)));
                }
            }
        }
        return components;
    }

    /** The grouping annotations on {@code element}, in source order, unwrapped from their containers. */
    public List<GroupingDeclaration> readGroupings(Element element) {
        List<GroupingDeclaration> groupings = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            for (GroupingAnnotation kind : GroupingAnnotation.values()) {
                if (name.equals(kind.qualifiedName())) {
                    groupings.add(new GroupingDeclaration(kind, new AnnotationDeclaration(element, mirror)));
                } else if (name.equals(kind.containerName())) {
                    for (AnnotationValue repeated : new AnnotationDeclaration(element, mirror).array("value")) {
                        AnnotationMirror inner = (AnnotationMirror) repeated.getValue();
                        groupings.add(new GroupingDeclaration(kind, new AnnotationDeclaration(element, inner)));
                    }
                }
            }
        }
        return groupings;
    }

    private static Optional<AnnotationDeclaration> find(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> qualifiedName(mirror).equals(qualifiedName))
                .findFirst()
                .map(mirror -> new AnnotationDeclaration(element, mirror));
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return MoreElements.asType(mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
