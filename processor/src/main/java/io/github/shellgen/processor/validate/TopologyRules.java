package io.github.shellgen.processor.validate;

import com.squareup.javapoet.ClassName;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.storm.GeneratedNames;
import io.github.shellgen.processor.storm.Role;
import io.github.shellgen.processor.storm.StormNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The topology as a whole: a name Storm takes and a Flux file can carry, unique among the
 * topologies of the compilation; at least one spout; unique component ids; generated names that
 * meet nothing else. Remembers the names it has seen across rounds.
 */
final class TopologyRules {

    private final Reporter reporter;
    private final Elements elements;
    private final SourceTypes sourceTypes;
    /** Topology names seen so far, lower-cased (file names collide by case on macOS and Windows). */
    private final Map<String, TopologyDeclaration> topologiesByName = new HashMap<>();
    /** Classes this processor generates, and for which interface. */
    private final Map<String, TypeElement> generated = new HashMap<>();

    TopologyRules(Reporter reporter, ProcessingEnvironment env) {
        this.reporter = reporter;
        this.elements = env.getElementUtils();
        this.sourceTypes = SourceTypes.of(env);
    }

    void check(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        checkName(topology);
        String name = topology.name().value();
        if (components.stream().noneMatch(c -> c.kind().role() == Role.SPOUT)) {
            reporter.report(topology.element(), topology.mirror(), Message.NO_SPOUT,
                    name, topology.element().getSimpleName());
        }
        Map<String, ComponentDeclaration> byId = new LinkedHashMap<>();
        for (ComponentDeclaration component : components) {
            ComponentDeclaration first = byId.putIfAbsent(component.id(), component);
            if (first != null) {
                reporter.report(component.element(), component.mirror(), component.idAt(),
                        Message.DUPLICATE_COMPONENT_ID, component.kind().display(), ComponentRules.idDescription(component),
                        component.id(), first.kind().display() + " " + first.element().getSimpleName(), name,
                        component.id());
            }
        }
    }

    private void checkName(TopologyDeclaration topology) {
        String name = topology.name().value();
        AnnotationMirror mirror = topology.mirror();
        AnnotationValue value = topology.name().at();
        Optional<Character> stormCharacter = StormNames.topologyNameCharacter(name);
        Optional<String> fileProblem = StormNames.fileNameProblem(name);
        if (name.isEmpty()) {
            reporter.report(topology.element(), mirror, value, Message.EMPTY_TOPOLOGY_NAME,
                    name, name, StormNames.TOPOLOGY_NAME_REGEX);
        } else if (stormCharacter.isPresent()) {
            reporter.report(topology.element(), mirror, value, Message.TOPOLOGY_NAME_CHARACTER,
                    name, stormCharacter.get(), name, StormNames.TOPOLOGY_NAME_REGEX);
        } else if (fileProblem.isPresent()) {
            reporter.report(topology.element(), mirror, value, Message.FLUX_FILE_NAME,
                    name, fileProblem.get(), name + ".yaml", StormNames.FILE_NAME_PUNCTUATION);
        }
        TopologyDeclaration first = topologiesByName.putIfAbsent(name.toLowerCase(Locale.ROOT), topology);
        if (first != null && !first.element().equals(topology.element())) {
            reporter.report(topology.element(), mirror, value, Message.DUPLICATE_TOPOLOGY_NAME,
                    name, first.element().getQualifiedName(), first.name().value(), name + ".yaml", name);
        }
    }

    /**
     * Claims the classes a valid topology will generate; reports those that another topology of
     * this compilation generates, or that a source of it declares, and returns whether there were none.
     */
    boolean claimGeneratedNames(TopologyDeclaration topology, List<ComponentDeclaration> components) {
        Map<ClassName, ComponentDeclaration> wanted = new LinkedHashMap<>();
        wanted.put(GeneratedNames.topology(topology.element()), null);
        for (ComponentDeclaration component : components) {
            if (!component.kind().isJava()) {
                wanted.put(GeneratedNames.component(component.element(), component.kind().role()), component);
            }
        }
        // Every generated class lands in its interface's package, so in the topology's module.
        ModuleElement module = elements.getModuleOf(topology.element());
        boolean clear = true;
        for (Map.Entry<ClassName, ComponentDeclaration> entry : wanted.entrySet()) {
            String name = entry.getKey().canonicalName();
            TypeElement owner = entry.getValue() == null ? topology.element() : entry.getValue().element();
            AnnotationMirror mirror = entry.getValue() == null
                    ? topology.mirror()
                    : entry.getValue().mirror();
            TypeElement other = generated.get(name);
            if (other != null && !other.equals(owner)) {
                reporter.report(owner, mirror, Message.GENERATED_NAME_CLASH, name, owner.getQualifiedName(),
                        other.getQualifiedName(), owner.getSimpleName());
                clear = false;
            } else if (other == null && sourceTypes.isDeclaredInSource(typeIn(module, name))) {
                reporter.report(owner, mirror, Message.GENERATED_NAME_IN_SOURCE, name, owner.getQualifiedName(),
                        owner.getSimpleName());
                clear = false;
            }
        }
        if (clear) {
            wanted.forEach((name, component) ->
                    generated.put(name.canonicalName(), component == null ? topology.element() : component.element()));
        }
        return clear;
    }

    /**
     * The type {@code name} in {@code module}, or null. The lookup without a module asks every
     * module of the compilation, about 70 on a class-path build; most names asked for here do not
     * exist yet, and that miss was a fifth of the processor's time at 1,000 components.
     */
    private TypeElement typeIn(ModuleElement module, String name) {
        return module == null ? elements.getTypeElement(name) : elements.getTypeElement(module, name);
    }
}
