package io.github.shellgen.processor.read;

import java.util.List;

/**
 * How a shell component's subprocess runs, as written: its environment, its configuration, the
 * metrics it updates, its {@link io.github.shellgen.processor.storm.Setting settings}, and whether
 * it runs in the resources folder.
 */
public record ShellSettings(
        List<EnvDeclaration> env,
        List<ConfDeclaration> config,
        List<MetricDeclaration> metrics,
        Settings settings,
        boolean runInResourcesDir) {

    public ShellSettings {
        env = List.copyOf(env);
        config = List.copyOf(config);
        metrics = List.copyOf(metrics);
    }
}
