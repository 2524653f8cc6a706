package io.github.shellgen.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.common.MoreElements;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.model.ModelBuilder;
import io.github.shellgen.processor.read.Annotations;
import io.github.shellgen.processor.read.DeclarationReader;
import io.github.shellgen.processor.read.TopologyDeclaration;
import io.github.shellgen.processor.validate.PlacementRules;
import io.github.shellgen.processor.validate.PythonChecks;
import io.github.shellgen.processor.validate.ScriptLocator;
import io.github.shellgen.processor.validate.TopologyValidator;
import io.github.shellgen.processor.write.OutputWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** One round's work: read, validate, model and write every {@code @Topology} interface. */
final class TopologyStep implements BasicAnnotationProcessor.Step {

    private final Reporter reporter;
    private final DeclarationReader reader = new DeclarationReader();
    private final TopologyValidator validator;
    private final PlacementRules placement;
    private final PythonChecks pythonChecks;
    private final ModelBuilder modelBuilder;
    private final OutputWriter output;

    TopologyStep(ProcessingEnvironment env, Reporter reporter, Options options, OutputWriter output) {
        this.reporter = reporter;
        this.output = output;
        ScriptLocator scripts = new ScriptLocator(env.getFiler(), options.resourceDirs());
        this.pythonChecks = new PythonChecks(reporter, scripts, options.python());
        this.validator = new TopologyValidator(env, reporter, scripts, pythonChecks);
        this.modelBuilder = new ModelBuilder(path -> scripts.locate(path).found());
        this.placement = new PlacementRules(reporter, reader);
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
        for (Element element : elementsByAnnotation.get(Annotations.WINDOW)) {
            guarded(element, () -> placement.checkWindow(MoreElements.asType(element)));
        }
        for (Element element : elementsByAnnotation.get(Annotations.STATEFUL)) {
            guarded(element, () -> placement.checkStateful(MoreElements.asType(element)));
        }
        for (Element element : elementsByAnnotation.get(Annotations.BATCH)) {
            guarded(element, () -> placement.checkBatch(MoreElements.asType(element)));
        }
        // The round's scripts, by one python3 process; in this round, while javac can still point
        // at each script value.
        pythonChecks.run();
        return ImmutableSet.of();
    }

    private void processTopology(TypeElement element) throws Exception {
        TopologyDeclaration declaration = reader.readTopology(element);
        if (validator.validate(declaration)) {
            output.write(modelBuilder.build(declaration), element, declaration.mirror());
        }
    }

    /** Runs {@code work}; an unexpected exception becomes an error on {@code element}, never a crash. */
    private void guarded(Element element, ThrowingRunnable work) {
        try {
            work.run();
        } catch (Exception | LinkageError | AssertionError e) {
            String stack = Throwables.getStackTraceAsString(e).lines().limit(8).reduce((a, b) -> a + " | " + b).orElse("");
            reporter.report(element, Message.UNEXPECTED, e, stack);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
