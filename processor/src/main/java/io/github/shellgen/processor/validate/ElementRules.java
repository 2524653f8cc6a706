package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.GeneratedNames;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The shape of an annotated type: an interface the generated classes can see and implement, with
 * no type parameters, and (for a component) no abstract method the generated class cannot implement.
 */
record ElementRules(Reporter reporter, Elements elements, Types types) {

    /** Methods every generated component declares itself. */
    private static final List<String> GENERATED_METHODS = List.of(
            GeneratedNames.DECLARE_OUTPUT_FIELDS + "/1", GeneratedNames.GET_COMPONENT_CONFIGURATION + "/0");

    /** Checks the {@code @Topology} type; returns false when it is not an interface (nothing else can be checked). */
    boolean checkTopology(TopologyDeclaration topology) {
        TypeElement element = topology.element();
        AnnotationMirror mirror = topology.mirror();
        if (!isInterface(element, mirror, "@Topology")) {
            return false;
        }
        checkNotPrivate(element, mirror, "@Topology", true);
        checkNotGeneric(element, mirror, "@Topology");
        return true;
    }

    /**
     * Reports, once for the topology, that the runtime its shell components' generated classes
     * extend is not on the class path: javac would otherwise fail on the generated sources.
     */
    void checkRuntimeAvailable(TopologyDeclaration topology) {
        String base = StormTypes.shellBase(Role.BOLT, false, false).canonicalName();
        if (elements.getTypeElement(base) == null) {
            reporter.report(topology.element(), topology.mirror(), Message.RUNTIME_MISSING,
                    topology.element().getSimpleName(), base);
        }
    }

    void checkComponent(ComponentDeclaration component) {
        TypeElement element = component.element();
        AnnotationMirror mirror = component.mirror();
        String display = component.kind().display();
        if (!isInterface(element, mirror, display)) {
            return;
        }
        // Its enclosing @Topology is checked on its own: report only this interface's own modifier.
        checkNotPrivate(element, mirror, display, false);
        checkNotGeneric(element, mirror, display);
        Role role = component.kind().role();
        if (component.kind().isJava()) {
            return; // Nothing is generated for it, so nothing must implement its methods.
        }
        for (ExecutableElement method : unimplementable(element, role, component.window() != null,
                component.stateful() != null)) {
            reporter.report(element, mirror, Message.ABSTRACT_METHOD, display, element.getQualifiedName(),
                    signature(method), GeneratedNames.component(element, role).simpleName());
        }
    }

    private boolean isInterface(TypeElement element, AnnotationMirror mirror, String display) {
        if (element.getKind() == ElementKind.INTERFACE) {
            return true;
        }
        reporter.report(element, mirror, Message.NOT_AN_INTERFACE, display,
                element.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' '), element.getQualifiedName(),
                element.getSimpleName());
        return false;
    }

    private void checkNotPrivate(TypeElement element, AnnotationMirror mirror, String display, boolean enclosingToo) {
        boolean itself = element.getModifiers().contains(Modifier.PRIVATE);
        boolean enclosing = false;
        if (enclosingToo) {
            for (Element e = element.getEnclosingElement(); e != null && e.getKind() != ElementKind.PACKAGE;
                    e = e.getEnclosingElement()) {
                enclosing |= e.getModifiers().contains(Modifier.PRIVATE);
            }
        }
        if (itself || enclosing) {
            reporter.report(element, mirror, itself ? Message.PRIVATE_INTERFACE : Message.PRIVATE_ENCLOSING_TYPE,
                    display, element.getQualifiedName(), elements.getPackageOf(element).getQualifiedName());
        }
    }

    private void checkNotGeneric(TypeElement element, AnnotationMirror mirror, String display) {
        if (!element.getTypeParameters().isEmpty()) {
            String parameters = element.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", ", "<", ">"));
            reporter.report(element, mirror, Message.GENERIC_INTERFACE, display, element.getQualifiedName(),
                    parameters, parameters);
        }
    }

    /**
     * The abstract methods of {@code element} and its superinterfaces that nothing implements: not a
     * default method, not the generated class's own methods, not a public method of the shell base
     * class (when Storm is on the class path) or of {@code Object}.
     */
    private List<ExecutableElement> unimplementable(TypeElement element, Role role, boolean windowed,
            boolean stateful) {
        List<ExecutableElement> implemented = new ArrayList<>();
        List<ExecutableElement> required = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            if (method.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            (method.getModifiers().contains(Modifier.ABSTRACT) ? required : implemented).add(method);
        }
        TypeElement base = elements.getTypeElement(StormTypes.shellBase(role, windowed, stateful).canonicalName());
        TypeElement object = elements.getTypeElement(Object.class.getCanonicalName());
        for (TypeElement type : base == null ? List.of(object) : List.of(base, object)) {
            for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
                if (method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.ABSTRACT)) {
                    implemented.add(method);
                }
            }
        }
        List<ExecutableElement> missing = new ArrayList<>();
        for (ExecutableElement method : required) {
            boolean generated = GENERATED_METHODS.contains(method.getSimpleName() + "/" + method.getParameters().size());
            if (!generated && implemented.stream().noneMatch(other -> sameErasure(method, other))) {
                missing.add(method);
            }
        }
        return missing;
    }

    private boolean sameErasure(ExecutableElement a, ExecutableElement b) {
        if (!a.getSimpleName().contentEquals(b.getSimpleName()) || a.getParameters().size() != b.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < a.getParameters().size(); i++) {
            if (!types.isSameType(types.erasure(a.getParameters().get(i).asType()),
                    types.erasure(b.getParameters().get(i).asType()))) {
                return false;
            }
        }
        return true;
    }

    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + method.getParameters().stream()
                .map(VariableElement::asType)
                .map(Object::toString)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
