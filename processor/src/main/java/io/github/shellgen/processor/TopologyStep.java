package io.github.shellgen.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.common.MoreElements;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.ModelBuilder;
import io.github.shellgen.processor.model.TopologyModel;
import io.github.shellgen.processor.read.Annotations;
import io.github.shellgen.processor.read.DeclarationReader;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.validate.PlacementRules;
import io.github.shellgen.processor.validate.PythonChecks;
import io.github.shellgen.processor.validate.Reporter;
import io.github.shellgen.processor.validate.ScriptLocator;
import io.github.shellgen.processor.validate.TopologyValidator;
import io.github.shellgen.processor.write.ComponentWriter;
import io.github.shellgen.processor.write.DiagramWriter;
import io.github.shellgen.processor.write.FluxOverrides;
import io.github.shellgen.processor.write.FluxYamlWriter;
import io.github.shellgen.processor.write.TopologyWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** One round's work: read, validate, model and write every {@code @Topology} interface. */
final class TopologyStep implements BasicAnnotationProcessor.Step {

    private final Reporter reporter;
    private final FluxFiles fluxFiles;
    private final RuntimeFiles runtimeFiles;
    private final DeclarationReader reader = new DeclarationReader();
    private final TopologyValidator validator;
    private final PlacementRules placement;
    private final ModelBuilder modelBuilder;
    private final ComponentWriter componentWriter;
    private final TopologyWriter topologyWriter;
    private final FluxYamlWriter fluxWriter = new FluxYamlWriter();
    private final PythonChecks pythonChecks;
    private final DiagramWriter diagramWriter = new DiagramWriter();

    TopologyStep(ProcessingEnvironment env, Reporter reporter, Options options, FluxFiles fluxFiles,
            RuntimeFiles runtimeFiles) {
        this.reporter = reporter;
        this.fluxFiles = fluxFiles;
        this.runtimeFiles = runtimeFiles;
        ScriptLocator scripts = new ScriptLocator(env.getFiler(), options.resourceDirs());
        this.pythonChecks = new PythonChecks(reporter, scripts, options.python());
        this.validator = new TopologyValidator(env, reporter, scripts, pythonChecks);
        this.modelBuilder = new ModelBuilder(path -> scripts.locate(path).found());
        this.placement = new PlacementRules(reporter, reader);
        this.componentWriter = new ComponentWriter(env);
        this.topologyWriter = new TopologyWriter(env);
    }

    @Override
    public Set<String> annotations() {
        return Annotations.all();
    }

    @Override
    public ImmutableSet<? extends Element> process(ImmutableSetMultimap<String, Element> elementsByAnnotation) {
        for (Element element : elementsByAnnotation.get(Annotations.TOPOLOGY)) {
            guarded(element, () -> processTopology(MoreElements.asType(element)));
        }
        for (String component : Annotations.components()) {
            for (Element element : elementsByAnnotation.get(component)) {
                guarded(element, () -> placement.checkComponent(MoreElements.asType(element)));
            }
        }
        Set<Element> grouped = new LinkedHashSet<>();
        for (String grouping : Annotations.groupings()) {
            grouped.addAll(elementsByAnnotation.get(grouping));
        }
        for (Element element : grouped) {
            guarded(element, () -> placement.checkGroupings(MoreElements.asType(element)));
        }
        // The round's scripts, by one python3 process; in this round, while javac can still point
        // at each script value.
        pythonChecks.run();
        return ImmutableSet.of();
    }

    private void processTopology(TypeElement element) throws Exception {
        TopologyDeclaration declaration = reader.readTopology(element);
        if (!validator.validate(declaration)) {
            return;
        }
        TopologyModel topology = modelBuilder.build(declaration);
        try {
            for (ComponentModel component : topology.components()) {
                if (component.generated()) {
                    componentWriter.write(component, element);
                }
            }
            topologyWriter.write(topology, element);
        } catch (FilerException e) {
            // The validator claims every generated name first; this is a type another processor wrote.
            reporter.error(element, declaration.annotation().mirror(), Message.GENERATED_NAME_CLASH,
                    topology.generatedClass().packageName() + ".*", element.getQualifiedName(), e.getMessage(),
                    element.getSimpleName());
            return;
        }
        FluxOverrides overrides = new FluxOverrides(topology);
        fluxFiles.add(new FluxFiles.Pending(topology.fluxFileName(), fluxWriter.render(topology), element));
        fluxFiles.add(new FluxFiles.Pending(FluxOverrides.filterFileName(topology),
                fluxWriter.renderFilter(topology, overrides), element));
        fluxFiles.add(new FluxFiles.Pending(FluxOverrides.propertiesFileName(topology), overrides.properties(topology),
                element));
        fluxFiles.add(new FluxFiles.Pending(topology.indexFileName(), topology.generatedClass().reflectionName() + "\n",
                element));
        fluxFiles.addLater(() -> diagramWriter.render(topology), element);
        if (topology.usesShellgenRuntime()) {
            runtimeFiles.requiredBy(element);
        }
    }

    /** Runs {@code work}; an unexpected exception becomes an error on {@code element}, never a crash. */
    private void guarded(Element element, ThrowingRunnable work) {
        try {
            work.run();
        } catch (Exception | LinkageError | AssertionError e) {
            String stack = Throwables.getStackTraceAsString(e).lines().limit(8).reduce((a, b) -> a + " | " + b).orElse("");
            reporter.error(element, Message.UNEXPECTED, e, stack);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
