package io.github.shellgen.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import io.github.shellgen.processor.validate.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The storm-shellgen annotation processor. Each round, {@link TopologyStep} reads, validates,
 * models and writes the {@code @Topology} interfaces; the Flux files, one per topology, are written
 * once, when processing is over.
 */
@AutoService(Processor.class)
public final class ShellgenProcessor extends BasicAnnotationProcessor {

    private FluxFiles fluxFiles;

    @Override
    protected Iterable<? extends Step> steps() {
        Reporter reporter = new Reporter(processingEnv);
        Options options = Options.parse(processingEnv.getOptions());
        options.problems().forEach(reporter::error);
        fluxFiles = new FluxFiles();
        return List.of(new TopologyStep(processingEnv, reporter, options, fluxFiles));
    }

    @Override
    protected void postRound(RoundEnvironment roundEnv) {
        if (!roundEnv.processingOver()) {
            return;
        }
        for (FluxFiles.Pending pending : fluxFiles.drain()) {
            try {
                FileObject file = processingEnv.getFiler().createResource(
                        StandardLocation.CLASS_OUTPUT, "", pending.fileName(), pending.originating());
                try (Writer writer = file.openWriter()) {
                    writer.write(pending.content());
                }
            } catch (IOException | RuntimeException e) {
                processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
                        Message.UNEXPECTED.format("writing " + pending.fileName() + ": " + e, ""),
                        pending.originating());
            }
        }
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
