package io.github.shellgen.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import io.github.shellgen.processor.model.ShellgenRuntimeFiles;
import io.github.shellgen.processor.validate.Reporter;
import io.github.shellgen.processor.write.RuntimeFilesWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The storm-shellgen annotation processor. Each round, {@link TopologyStep} reads, validates,
 * models and writes the {@code @Topology} interfaces; the Flux files, one per topology, and the
 * Python runtime's files, if a topology runs on it, are written once, when processing is over.
 */
@AutoService(Processor.class)
public final class ShellgenProcessor extends BasicAnnotationProcessor {

    private FluxFiles fluxFiles;
    private RuntimeFiles runtimeFiles;

    @Override
    protected Iterable<? extends Step> steps() {
        Reporter reporter = new Reporter(processingEnv);
        Options options = Options.parse(processingEnv.getOptions());
        options.problems().forEach(reporter::error);
        fluxFiles = new FluxFiles();
        runtimeFiles = new RuntimeFiles();
        return List.of(new TopologyStep(processingEnv, reporter, options, fluxFiles, runtimeFiles));
    }

    @Override
    protected void postRound(RoundEnvironment roundEnv) {
        if (!roundEnv.processingOver()) {
            return;
        }
        List<FluxFiles.Pending> files = fluxFiles.drain(
                (element, e) -> unexpected("drawing the diagram of " + element.getQualifiedName() + ": " + e, element));
        for (FluxFiles.Pending pending : files) {
            try {
                FileObject file = processingEnv.getFiler().createResource(
                        StandardLocation.CLASS_OUTPUT, "", pending.fileName(), pending.originating());
                try (Writer writer = file.openWriter()) {
                    writer.write(pending.content());
                }
            } catch (IOException | RuntimeException e) {
                unexpected("writing " + pending.fileName() + ": " + e, pending.originating());
            }
        }
        TypeElement[] runtimeUsers = runtimeFiles.drain();
        if (runtimeUsers.length > 0) {
            try {
                new RuntimeFilesWriter(processingEnv.getFiler()).write(runtimeUsers);
            } catch (IOException | RuntimeException e) {
                unexpected("writing the Python runtime to resources/" + ShellgenRuntimeFiles.FOLDER + "/: " + e,
                        runtimeUsers[0]);
            }
        }
    }

    private void unexpected(String what, Element element) {
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                Message.UNEXPECTED.format(what, ""), element);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.SUPPORTED;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }
}
