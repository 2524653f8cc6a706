package io.github.shellgen.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import io.github.shellgen.processor.diagnostic.Reporter;
import io.github.shellgen.processor.write.OutputWriter;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;

/**
 * The storm-shellgen annotation processor. Each round, {@link TopologyStep} reads, validates,
 * models and writes the {@code @Topology} interfaces; the files collected across rounds (Flux files,
 * diagrams, the Python runtime's files) are written once, when processing is over.
 */
@AutoService(Processor.class)
public final class ShellgenProcessor extends BasicAnnotationProcessor {

    private OutputWriter output;

    @Override
    protected Iterable<? extends Step> steps() {
        Reporter reporter = new Reporter(processingEnv);
        Options options = Options.parse(processingEnv.getOptions(), reporter);
        output = new OutputWriter(processingEnv, reporter, ShellgenProcessor.class);
        return List.of(new TopologyStep(processingEnv, reporter, options, output));
    }

    @Override
    protected void postRound(RoundEnvironment roundEnv) {
        if (roundEnv.processingOver()) {
            output.finish();
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
