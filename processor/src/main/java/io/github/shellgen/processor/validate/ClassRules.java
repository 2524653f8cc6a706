package io.github.shellgen.processor.validate;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.Member;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
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
record ClassRules(Reporter reporter, Elements elements, Types types) {

    /**
     * Checks the class {@code member} of {@code mirror} names; {@code required} are the Storm types
     * it may implement (any one); Storm would fail {@code when}.
     */
    void check(Element element, AnnotationMirror mirror, String display, Member<Optional<DeclaredType>> member,
            List<ClassName> required, Message.Moment when) {
        if (member.value().isEmpty() || !(member.value().get().asElement() instanceof TypeElement named)) {
            return; // javac reports a class it cannot resolve.
        }
        Object[] where = {display, member.name(), named.getSimpleName(), named.getQualifiedName()};
        if (named.getKind() != ElementKind.CLASS) {
            report(element, mirror, member, Message.UNUSABLE_CLASS_NOT_A_CLASS, where, when);
            return;
        }
        if (named.getModifiers().contains(Modifier.ABSTRACT)) {
            report(element, mirror, member, Message.UNUSABLE_CLASS_ABSTRACT, where, when);
            return;
        }
        for (Element e = named; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                if (e == named) {
                    report(element, mirror, member, Message.UNUSABLE_CLASS_NOT_PUBLIC, where, when);
                } else {
                    report(element, mirror, member, Message.UNUSABLE_CLASS_IN_NOT_PUBLIC, where, t.getSimpleName(),
                            when);
                }
                return;
            }
            if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getEnclosingElement().getKind() == ElementKind.CLASS) {
                report(element, mirror, member, Message.UNUSABLE_CLASS_INNER, where, when);
                return;
            }
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(named.getEnclosedElements());
        if (constructors.stream().noneMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC))) {
            report(element, mirror, member, Message.UNUSABLE_CLASS_NO_CONSTRUCTOR, where, when);
            return;
        }
        List<TypeMirror> known = required.stream()
                .map(name -> elements.getTypeElement(name.canonicalName()))
                .filter(Objects::nonNull)
                .map(t -> types.erasure(t.asType()))
                .toList();
        if (!known.isEmpty() && known.stream().noneMatch(t -> types.isAssignable(types.erasure(named.asType()), t))) {
            String names = required.stream().map(ClassName::canonicalName).collect(Collectors.joining(" or "));
            report(element, mirror, member, Message.UNUSABLE_CLASS_WRONG_TYPE, where, names, when, names);
        }
    }

    private void report(Element element, AnnotationMirror mirror, Member<?> member, Message message, Object[] where,
            Object... rest) {
        Object[] args = new Object[where.length + rest.length];
        System.arraycopy(where, 0, args, 0, where.length);
        System.arraycopy(rest, 0, args, where.length, rest.length);
        reporter.report(element, mirror, member.at(), message, args);
    }
}
