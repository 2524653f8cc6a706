package io.github.shellgen.processor.write;

import io.github.shellgen.diagram.TopologyGraph;
import io.github.shellgen.processor.diagnostic.Message;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.model.ComponentModel;
import io.github.shellgen.processor.model.TopologyModel;
import io.github.shellgen.processor.storm.ShellgenRuntimeFiles;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Everything the processor writes goes out here. A topology's Java sources are written at once (javac
 * compiles them in the next round); its resource files (the Flux file, the {@code --filter} file and
 * its properties, the index file, the diagrams) and the Python runtime's files are collected and
 * written once, when processing is over ({@link #finish}).
 */
public final class OutputWriter {

    private final Filer filer;
    private final Reporter reporter;
    private final ComponentWriter componentWriter;
    private final TopologyWriter topologyWriter;
    private final FluxYamlWriter fluxWriter = new FluxYamlWriter();
    private final DiagramWriter diagramWriter = new DiagramWriter();
    private final DiagramCache diagramCache;
    private final RuntimeFilesWriter runtimeFilesWriter;
    private final PendingFiles pending = new PendingFiles();

    /** {@code generator}: the processor that the generated sources' {@code @Generated} names. */
    public OutputWriter(ProcessingEnvironment env, Reporter reporter, Class<?> generator) {
        this.filer = env.getFiler();
        this.diagramCache = new DiagramCache(filer);
        this.reporter = reporter;
        GeneratedSources sources = new GeneratedSources(env, generator);
        this.componentWriter = new ComponentWriter(sources);
        this.topologyWriter = new TopologyWriter(sources);
        this.runtimeFilesWriter = new RuntimeFilesWriter(filer);
    }

    /**
     * Writes the sources of {@code topology}, declared by {@code element} with {@code annotation},
     * and collects its other files.
     */
    public void write(TopologyModel topology, TypeElement element, AnnotationMirror annotation) throws IOException {
        try {
            for (ComponentModel component : topology.components()) {
                if (component.generated()) {
                    componentWriter.write(component, element);
                }
            }
            topologyWriter.write(topology, element);
        } catch (FilerException e) {
            // The validator claims every generated name first; this is a type another processor wrote.
            reporter.report(element, annotation, Message.GENERATED_NAME_TAKEN, topology.generatedClass().packageName() + ".*",
                    element.getQualifiedName(), e.getMessage(), element.getSimpleName());
            return;
        }
        FluxOverrides overrides = new FluxOverrides(topology);
        pending.add(OutputNames.flux(topology), fluxWriter.render(topology), element);
        pending.add(OutputNames.fluxFilter(topology), fluxWriter.renderFilter(topology, overrides), element);
        pending.add(OutputNames.fluxProperties(topology), overrides.properties(topology), element);
        pending.add(OutputNames.index(topology), topology.generatedClass().reflectionName() + "\n", element);
        TopologyGraph graph = DiagramWriter.graph(topology);
        Optional<String> key = diagramCache.key(graph);
        Optional<String> svg = key.flatMap(k -> diagramCache.previous(topology.name(), k));
        if (svg.isPresent()) {
            diagramWriter.render(graph, svg).forEach((name, content) -> pending.add(name, content, element));
        } else {
            pending.addLater(() -> diagramWriter.render(graph, Optional.empty()), element);
        }
        key.ifPresent(k -> pending.add(DiagramCache.keyFile(topology.name()), k, element));
        if (topology.usesShellgenRuntime()) {
            pending.requireRuntime(element);
        }
    }

    /** Writes the collected files, once processing is over. */
    public void finish() {
        for (PendingFiles.Pending file : pending.drain((element, e) -> reporter.report(element,
                Message.UNEXPECTED_IN_DIAGRAM, element.getQualifiedName(), e))) {
            try {
                FileObject output = filer.createResource(
                        StandardLocation.CLASS_OUTPUT, "", file.fileName(), file.originating());
                try (Writer writer = output.openWriter()) {
                    writer.write(file.content());
                }
            } catch (IOException | RuntimeException e) {
                reporter.report(file.originating(), Message.UNEXPECTED_IN_WRITE, file.fileName(), e);
            }
        }
        TypeElement[] runtimeUsers = pending.drainRuntimeUsers();
        if (runtimeUsers.length > 0) {
            try {
                runtimeFilesWriter.write(runtimeUsers);
            } catch (IOException | RuntimeException e) {
                reporter.report(runtimeUsers[0], Message.UNEXPECTED_IN_WRITE,
                        "the Python runtime to resources/" + ShellgenRuntimeFiles.FOLDER + "/", e);
            }
        }
    }
}
