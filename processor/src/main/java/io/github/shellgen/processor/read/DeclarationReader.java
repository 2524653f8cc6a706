package io.github.shellgen.processor.read;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import io.github.shellgen.IdleWait;
import io.github.shellgen.Metric;
import io.github.shellgen.PythonRuntime;
import io.github.shellgen.processor.storm.GroupingType;
import io.github.shellgen.processor.storm.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads annotation mirrors into typed declarations: the one place that reads an annotation member
 * by its name. Judges nothing: that is the validator's job.
 */
public final class DeclarationReader {

    /** Reads a {@code @Topology} interface and its directly nested component interfaces. */
    public TopologyDeclaration readTopology(TypeElement topology) {
        Mirror annotation = topology.getAnnotationMirrors().stream()
                .filter(mirror -> qualifiedName(mirror).equals(Annotations.TOPOLOGY))
                .findFirst()
                .map(Mirror::new)
                .orElseThrow(() -> new IllegalArgumentException(topology + " has no @Topology"));
        List<ComponentDeclaration> components = new ArrayList<>();
        for (TypeElement nested : ElementFilter.typesIn(topology.getEnclosedElements())) {
            components.addAll(readComponents(nested));
        }
        return new TopologyDeclaration(
                topology,
                annotation.mirror(),
                annotation.string("name"),
                annotation.enumConstant("idleWait").map(IdleWait::valueOf).orElse(IdleWait.AUTO),
                config(annotation),
                settings(annotation, Setting.ofTopology()),
                new StateDeclaration(annotation.type(StateDeclaration.PROVIDER),
                        annotation.string(StateDeclaration.CONFIG), annotation.string(StateDeclaration.CHECKPOINT_EVERY)),
                components);
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
                    components.add(component(element, kind, new Mirror(mirror)));
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
            Annotations.grouping(name, false)
                    .ifPresent(type -> groupings.add(grouping(element, type, new Mirror(mirror))));
            Annotations.grouping(name, true).ifPresent(type -> new Mirror(mirror).annotations("value")
                    .forEach(repeated -> groupings.add(grouping(element, type, repeated))));
        }
        return groupings;
    }

    private ComponentDeclaration component(TypeElement element, ComponentAnnotation kind, Mirror annotation) {
        List<StreamDeclaration> streams = new ArrayList<>();
        for (Mirror stream : annotation.annotations("streams")) {
            Member<String> id = stream.string("id");
            streams.add(new StreamDeclaration(id.value(), id.at(), stream.mirror(), stream.array("fields").value(),
                    stream.bool("direct").value()));
        }
        return new ComponentDeclaration(
                element,
                kind,
                annotation.mirror(),
                annotation.string("id"),
                annotation.array("fields"),
                streams,
                annotation.integer("parallelism"),
                annotation.integer("tasks"),
                program(kind, annotation),
                kind.isJava() ? null : shellSettings(kind, annotation),
                readGroupings(element),
                readWindow(element),
                readStateful(element),
                readBatch(element));
    }

    /** The {@code @Batch} on {@code element}; null when it has none. */
    public BatchDeclaration readBatch(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(Annotations.BATCH)) {
                Mirror batch = new Mirror(mirror);
                return new BatchDeclaration(mirror, batch.integer("maxSize"), batch.string("maxWait"));
            }
        }
        return null;
    }

    /** The {@code @Stateful} on {@code element}; null when it has none. */
    public AnnotationMirror readStateful(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(Annotations.STATEFUL)) {
                return mirror;
            }
        }
        return null;
    }

    /** The {@code @Window} on {@code element}; null when it has none. */
    public WindowDeclaration readWindow(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(Annotations.WINDOW)) {
                Mirror window = new Mirror(mirror);
                return new WindowDeclaration(mirror, window.string("length"), window.string("every"),
                        window.string("timestampField"), window.string("maxLag"), window.string("watermarkEvery"),
                        window.string("lateStream"));
            }
        }
        return null;
    }

    private static Program program(ComponentAnnotation kind, Mirror annotation) {
        if (kind.isPython()) {
            return new Program.PythonScript(annotation.string("script"), annotation.string("interpreter"),
                    annotation.enumConstant("runtime").map(PythonRuntime::valueOf).orElse(PythonRuntime.SHELLGEN));
        }
        if (kind.isShell()) {
            Member<List<AnnotationValue>> parts = annotation.array("command");
            List<String> command = parts.value().stream().map(part -> String.valueOf(part.getValue())).toList();
            return new Program.Command(new Member<>(parts.name(), command, parts.at(), parts.explicit()), parts.value());
        }
        return new Program.JavaClass(annotation.type("value"));
    }

    private static ShellSettings shellSettings(ComponentAnnotation kind, Mirror annotation) {
        List<EnvDeclaration> env = new ArrayList<>();
        for (Mirror variable : annotation.annotations("env")) {
            env.add(new EnvDeclaration(variable.string("name"), variable.string("value").value()));
        }
        List<MetricDeclaration> metrics = new ArrayList<>();
        for (Mirror metric : annotation.annotations("metrics")) {
            metrics.add(new MetricDeclaration(metric.string("name"),
                    metric.enumConstant("type").map(Metric.Type::valueOf).orElse(Metric.Type.COUNT),
                    metric.integer("intervalSecs")));
        }
        return new ShellSettings(env, config(annotation), metrics,
                settings(annotation, Setting.ofShellComponent(kind.role())),
                annotation.bool("runInResourcesDir").value());
    }

    private static GroupingDeclaration grouping(Element element, GroupingType type, Mirror annotation) {
        Member<List<AnnotationValue>> fields = type.hasFields() ? annotation.array("fields") : null;
        return new GroupingDeclaration(
                type,
                element,
                annotation.mirror(),
                annotation.type("from"),
                annotation.string("stream"),
                fields == null ? List.of() : fields.value(),
                fields == null ? null : fields.at(),
                type == GroupingType.CUSTOM ? annotation.type("using") : null);
    }

    private static List<ConfDeclaration> config(Mirror annotation) {
        List<ConfDeclaration> config = new ArrayList<>();
        for (Mirror conf : annotation.annotations("config")) {
            Member<String> value = conf.string("value");
            config.add(new ConfDeclaration(conf.string("key"), value, ConfValue.read(value.value())));
        }
        return config;
    }

    @SuppressWarnings("unchecked") // a Member is immutable: read as Member<Object>, it only widens
    private static Settings settings(Mirror annotation, List<Setting> settings) {
        Map<Setting, Member<Object>> values = new LinkedHashMap<>();
        for (Setting setting : settings) {
            Member<?> value = switch (setting.kind()) {
                case COUNT -> annotation.integer(setting.member());
                case FLAG -> annotation.bool(setting.member());
                case CLASS -> annotation.type(setting.member());
            };
            values.put(setting, (Member<Object>) value);
        }
        return new Settings(values);
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return MoreElements.asType(mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /**
     * Typed lookups of an annotation's members, each as a {@link Member}. Its values, defaults
     * included, are gathered once: a topology of many components reads hundreds of them.
     */
    private static final class Mirror {

        private final AnnotationMirror mirror;
        private final Map<String, AnnotationValue> values = new HashMap<>();
        private final Set<String> explicit = new HashSet<>();

        Mirror(AnnotationMirror mirror) {
            this.mirror = mirror;
            AnnotationMirrors.getAnnotationValuesWithDefaults(mirror)
                    .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));
            mirror.getElementValues().keySet().forEach(method -> explicit.add(method.getSimpleName().toString()));
        }

        AnnotationMirror mirror() {
            return mirror;
        }

        private <T> Member<T> member(String name, T value) {
            return new Member<>(name, value, raw(name), explicit.contains(name));
        }

        private AnnotationValue raw(String name) {
            AnnotationValue value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("@" + mirror.getAnnotationType() + " has no member " + name);
            }
            return value;
        }

        Member<String> string(String name) {
            return member(name, (String) raw(name).getValue());
        }

        Member<Integer> integer(String name) {
            return member(name, (Integer) raw(name).getValue());
        }

        Member<Boolean> bool(String name) {
            return member(name, (Boolean) raw(name).getValue());
        }

        /** The name of the constant an enum member holds; empty when javac could not resolve it (and reports that). */
        Optional<String> enumConstant(String name) {
            return raw(name).getValue() instanceof VariableElement constant
                    ? Optional.of(constant.getSimpleName().toString())
                    : Optional.empty();
        }

        /** The elements of an array member, each as its own {@link AnnotationValue}. */
        Member<List<AnnotationValue>> array(String name) {
            List<AnnotationValue> values = raw(name).getValue() instanceof List<?> list
                    ? list.stream().map(AnnotationValue.class::cast).toList()
                    : List.of();
            return member(name, values);
        }

        /** The nested annotations of an annotation-array member. */
        List<Mirror> annotations(String name) {
            return array(name).value().stream().map(v -> new Mirror((AnnotationMirror) v.getValue())).toList();
        }

        /** A {@code Class<?>} member's type, or empty when javac could not resolve it (or it is {@code void.class}). */
        Member<Optional<DeclaredType>> type(String name) {
            Object raw = raw(name).getValue();
            return member(name, raw instanceof TypeMirror type && type instanceof DeclaredType declared
                    ? Optional.of(declared)
                    : Optional.empty());
        }
    }
}
