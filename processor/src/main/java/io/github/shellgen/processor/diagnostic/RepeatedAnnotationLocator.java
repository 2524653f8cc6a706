package io.github.shellgen.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Finds the source of an annotation that is written more than once. javac wraps repeated
 * annotations in a container it synthesizes, and {@code Messager} cannot place a diagnostic on an
 * annotation inside such a container: it falls back to the annotated element. This finds the
 * annotation's own tree (the n-th of its type on the element), and the value's, through the
 * compiler tree API; when that API is not available (not javac) it finds nothing.
 */
final class RepeatedAnnotationLocator {

    /** A tree to report on, with its compilation unit. */
    record Location(Tree tree, CompilationUnitTree unit) {}

    private final Elements elements;
    private final Trees trees;

    private RepeatedAnnotationLocator(Elements elements, Trees trees) {
        this.elements = elements;
        this.trees = trees;
    }

    static RepeatedAnnotationLocator of(ProcessingEnvironment env) {
        Trees trees;
        try {
            trees = Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            trees = null; // Not javac, or javac behind a wrapper: Messager's placement will have to do.
        }
        return new RepeatedAnnotationLocator(env.getElementUtils(), trees);
    }

    /**
     * Where {@code value} of {@code mirror} (or {@code mirror} itself, when {@code value} is null or a
     * default) is written, if {@code mirror} is one of several repeated annotations on {@code element}.
     */
    Optional<Location> locate(Element element, AnnotationMirror mirror, AnnotationValue value) {
        if (trees == null) {
            return Optional.empty();
        }
        for (AnnotationMirror container : element.getAnnotationMirrors()) {
            int index = indexIn(container, mirror);
            if (index >= 0 && elements.getOrigin(element, container) == Elements.Origin.MANDATED) {
                return annotationTree(element, mirror, index)
                        .map(annotation -> new Location(valueTree(annotation, mirror, value),
                                trees.getPath(element).getCompilationUnit()));
            }
        }
        return Optional.empty();
    }

    /** Prints a diagnostic at {@code location}, as {@code Messager} would at an element. */
    void printMessage(Diagnostic.Kind kind, String text, Location location) {
        trees.printMessage(kind, text, location.tree(), location.unit());
    }

    /** The position of {@code mirror} in {@code container}'s {@code value()}, or -1. */
    private static int indexIn(AnnotationMirror container, AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : container.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof List<?> values) {
                return indexOfSame(values.stream().map(v -> ((AnnotationValue) v).getValue()).toList(), mirror);
            }
        }
        return -1;
    }

    /** The {@code index}-th annotation of {@code mirror}'s type written on {@code element}. */
    private Optional<AnnotationTree> annotationTree(Element element, AnnotationMirror mirror, int index) {
        TreePath path = trees.getPath(element);
        if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
            return Optional.empty();
        }
        Element annotationType = mirror.getAnnotationType().asElement();
        int seen = 0;
        for (AnnotationTree annotation : type.getModifiers().getAnnotations()) {
            TreePath annotationPath = new TreePath(path, annotation);
            Element written = trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType()));
            if (annotationType.equals(written) && seen++ == index) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** The expression of {@code value} in {@code annotation}, or the annotation if it is not written there. */
    private static Tree valueTree(AnnotationTree annotation, AnnotationMirror mirror, AnnotationValue value) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            String member = entry.getKey().getSimpleName().toString();
            AnnotationValue written = entry.getValue();
            int element = written.getValue() instanceof List<?> list ? indexOfSame(list, value) : -1;
            if (written == value || element >= 0) {
                for (ExpressionTree argument : annotation.getArguments()) {
                    ExpressionTree expression = argumentOf(argument, member);
                    if (expression == null) {
                        continue;
                    }
                    if (element >= 0 && expression instanceof NewArrayTree array) {
                        return array.getInitializers().get(element);
                    }
                    return expression;
                }
            }
        }
        return annotation;
    }

    /** The position of {@code wanted} itself (not of an equal object) in {@code list}, or -1. */
    private static int indexOfSame(List<?> list, Object wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The expression given for {@code member} by {@code argument}, or null if it gives another member. */
    private static ExpressionTree argumentOf(ExpressionTree argument, String member) {
        if (argument instanceof AssignmentTree assignment) {
            return assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(member)
                    ? assignment.getExpression()
                    : null;
        }
        return member.equals("value") ? argument : null;
    }
}
