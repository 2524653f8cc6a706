package io.github.shellgen.processor.validate;

import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.read.ComponentDeclaration;
import io.github.shellgen.processor.read.TopologyDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Checks a topology declaration and reports every problem, each on the annotation value at fault:
 * the shape of the interfaces ({@link ElementRules}), what each component runs ({@link ScriptRules})
 * and declares ({@link ComponentRules}), the topology as a whole ({@link TopologyRules}) and its
 * wiring ({@link WiringRules}). A topology with no errors can be modelled and written.
 */
public final class TopologyValidator {

    private final Reporter reporter;
    private final ElementRules elementRules;
    private final ScriptRules scriptRules;
    private final ComponentRules componentRules;
    private final TopologyRules topologyRules;
    private final WiringRules wiringRules;
    private final SettingsRules settingsRules;
    private final WindowRules windowRules;
    private final StateRules stateRules;
    private final BatchRules batchRules;

    public TopologyValidator(ProcessingEnvironment env, Reporter reporter, ScriptLocator scripts,
            PythonChecks pythonChecks) {
        NameRules names = new NameRules(reporter);
        this.reporter = reporter;
        this.elementRules = new ElementRules(reporter, env.getElementUtils(), env.getTypeUtils());
        this.scriptRules = new ScriptRules(reporter, scripts, pythonChecks);
        ClassRules classes = new ClassRules(reporter, env.getElementUtils(), env.getTypeUtils());
        this.componentRules = new ComponentRules(reporter, names, classes);
        this.topologyRules = new TopologyRules(reporter, env);
        this.wiringRules = new WiringRules(reporter, names, classes);
        this.settingsRules = new SettingsRules(reporter, classes, env);
        this.windowRules = new WindowRules(reporter);
        this.stateRules = new StateRules(reporter, classes);
        this.batchRules = new BatchRules(reporter);
    }

    /** Reports the topology's problems; returns whether it has none. */
    public boolean validate(TopologyDeclaration topology) {
        int before = reporter.errorCount();
        if (!elementRules.checkTopology(topology)) {
            return false;
        }
        List<ComponentDeclaration> components = oneDeclarationPerInterface(topology);
        for (ComponentDeclaration component : components) {
            elementRules.checkComponent(component);
            scriptRules.check(component);
            componentRules.check(component);
            if (component.shell() != null) {
                settingsRules.checkComponent(component, component.shell());
            }
        }
        if (components.stream().anyMatch(component -> !component.kind().isJava())) {
            elementRules.checkRuntimeAvailable(topology);
        }
        settingsRules.checkTopology(topology);
        topologyRules.check(topology, components);
        wiringRules.check(topology, components);
        windowRules.check(topology, components);
        stateRules.check(topology, components);
        batchRules.check(topology, components);
        return reporter.errorCount() == before && topologyRules.claimGeneratedNames(topology, components);
    }

    /** The first component annotation of each interface; a second one is an error, and is not checked further. */
    private List<ComponentDeclaration> oneDeclarationPerInterface(TopologyDeclaration topology) {
        Map<TypeElement, ComponentDeclaration> first = new LinkedHashMap<>();
        for (ComponentDeclaration component : topology.components()) {
            ComponentDeclaration earlier = first.putIfAbsent(component.element(), component);
            if (earlier != null) {
                reporter.report(component.element(), component.mirror(), Message.TWO_COMPONENT_ANNOTATIONS,
                        component.kind().display(), component.element().getQualifiedName(), earlier.kind().display());
            }
        }
        return new ArrayList<>(first.values());
    }
}
