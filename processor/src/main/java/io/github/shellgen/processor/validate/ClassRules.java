package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.Message;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A class named in an annotation that Storm (or Flux) instantiates by its no-arg constructor: a
 * component, a custom grouping, a multilang serializer. It must be a public concrete class, reachable
 * from other packages, with a public no-arg constructor, and implement what Storm expects of it (when
 * Storm is on the class path, which it is wherever the generated code compiles).
 */
final class ClassRules {

    private final Reporter reporter;
    private final Elements elements;
    private final Types types;

    ClassRules(Reporter reporter, ProcessingEnvironment env) {
        this.reporter = reporter;
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
    }

    /**
     * Checks the class {@code member} of {@code mirror} names; {@code required} are the Storm types
     * it may implement (any one), {@code when} says when Storm would fail.
     */
    void check(Element element, AnnotationMirror mirror, String display, String member, Optional<DeclaredType> type,
            AnnotationValue value, List<String> required, String when) {
        if (type.isEmpty() || !(type.get().asElement() instanceof TypeElement)) {
            return; // javac reports a class it cannot resolve.
        }
        TypeElement named = (TypeElement) type.get().asElement();
        String what = display + " " + member + " = " + named.getSimpleName() + ".class:";
        problem(named, required).ifPresent(problem -> reporter.error(element, mirror, value, Message.UNUSABLE_CLASS,
                what, named.getQualifiedName(), problem[0], when, problem[1]));
    }

    /** The first problem with {@code type}, and its fix. */
    private Optional<String[]> problem(TypeElement type, List<String> required) {
        if (type.getKind() != ElementKind.CLASS) {
            return Optional.of(new String[] {"is not a class", "Name a class."});
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of(new String[] {"is abstract", "Name a concrete subclass."});
        }
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(new String[] {e == type ? "is not public" : "is nested in " + t.getSimpleName()
                        + ", which is not public", "Make it public (and every class it is nested in)."});
            }
            if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getEnclosingElement().getKind() == ElementKind.CLASS) {
                return Optional.of(new String[] {"is an inner (non-static) class", "Make it static."});
            }
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        boolean noArg = constructors.stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        if (!noArg) {
            return Optional.of(new String[] {"has no public no-arg constructor", "Add one."});
        }
        List<TypeMirror> known = required.stream()
                .map(elements::getTypeElement)
                .filter(t -> t != null)
                .map(t -> types.erasure(t.asType()))
                .toList();
        if (!known.isEmpty() && known.stream().noneMatch(t -> types.isAssignable(types.erasure(type.asType()), t))) {
            String names = required.stream().collect(Collectors.joining(" or "));
            return Optional.of(new String[] {"does not implement " + names, "Implement " + names + "."});
        }
        return Optional.empty();
    }
}
