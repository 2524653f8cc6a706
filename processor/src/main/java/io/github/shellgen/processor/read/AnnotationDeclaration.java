package io.github.shellgen.processor.read;

import com.google.auto.common.AnnotationMirrors;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * One annotation as written on one element, with typed access to its values. The values stay
 * {@link AnnotationValue}s so a diagnostic can point javac at the exact literal.
 */
public record AnnotationDeclaration(Element element, AnnotationMirror mirror) {

    /** The value of {@code name}, the default if the user did not write it. */
    public AnnotationValue value(String name) {
        return AnnotationMirrors.getAnnotationValue(mirror, name);
    }

    /** Whether the user wrote {@code name} explicitly (as opposed to relying on its default). */
    public boolean isExplicit(String name) {
        return mirror.getElementValues().keySet().stream()
                .anyMatch(method -> method.getSimpleName().contentEquals(name));
    }

    public String string(String name) {
        return (String) value(name).getValue();
    }

    public int integer(String name) {
        return (Integer) value(name).getValue();
    }

    /**
     * The name of the constant an enum-valued member holds, such as {@code "SHELLGEN"}; empty when
     * javac could not resolve it (and reports that itself).
     */
    public Optional<String> enumConstant(String name) {
        return value(name).getValue() instanceof VariableElement constant
                ? Optional.of(constant.getSimpleName().toString())
                : Optional.empty();
    }

    /** The elements of an array-valued member, each as its own {@link AnnotationValue}. */
    public List<AnnotationValue> array(String name) {
        Object raw = value(name).getValue();
        if (!(raw instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(AnnotationValue.class::cast).toList();
    }

    public boolean bool(String name) {
        return (Boolean) value(name).getValue();
    }

    /** The nested annotations of an annotation-array member, each on the same element. */
    public List<AnnotationDeclaration> annotations(String name) {
        return array(name).stream()
                .map(v -> new AnnotationDeclaration(element, (AnnotationMirror) v.getValue()))
                .toList();
    }

    /** Whether the annotation type has a member {@code name}. */
    public boolean hasMember(String name) {
        return mirror.getAnnotationType().asElement().getEnclosedElements().stream()
                .anyMatch(member -> member.getSimpleName().contentEquals(name));
    }

    public List<String> strings(String name) {
        return array(name).stream().map(v -> String.valueOf(v.getValue())).toList();
    }

    /** A {@code Class<?>} member's type, or empty when javac could not resolve it. */
    public Optional<DeclaredType> type(String name) {
        Object raw = value(name).getValue();
        return raw instanceof TypeMirror type && type instanceof DeclaredType declared
                ? Optional.of(declared)
                : Optional.empty();
    }
}
