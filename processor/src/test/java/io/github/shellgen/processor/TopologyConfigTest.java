package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.storm.Config;
import org.apache.storm.flux.FluxBuilder;
import org.apache.storm.flux.model.TopologyDef;
import org.apache.storm.validation.ConfigValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration storm-shellgen chooses for a topology, in the generated {@code config()} and
 * the Flux file alike: idle executors sleep at once when the topology has Python components
 * ({@code @Topology idleWait}).
 */
class TopologyConfigTest {

    private static final String BOLT_KEY = "topology.bolt.wait.progressive.level2.count";
    private static final String SPOUT_KEY = "topology.spout.wait.progressive.level2.count";

    @TempDir
    Path dir;

    @Test
    void pythonTopologyLetsIdleExecutorsSleepAtOnce() throws Exception {
        Compilation compilation = compile("");

        Config config = config(compilation);
        assertThat(config).containsExactly(BOLT_KEY, 0, SPOUT_KEY, 0);
        ConfigValidation.validateFields(config); // Storm's own check of every key's type
        assertThat(sourceOf(compilation)).contains("config.put(\"" + BOLT_KEY + "\", 0);");
    }

    @Test
    void theDefaultsAreTheUsersToChange() throws Exception {
        Compilation compilation = compile("");

        Config changed = config(compilation);
        changed.put(BOLT_KEY, 1000);

        assertThat(config(compilation)).containsEntry(BOLT_KEY, 0); // a fresh instance each call
    }

    @Test
    void fluxFileCarriesTheSameConfiguration() throws Exception {
        Compilation compilation = compile("");

        TopologyDef definition = FluxYaml.parse(yaml(compilation));
        Config fluxConfig = FluxBuilder.buildConfig(definition);

        assertThat(fluxConfig).containsExactlyEntriesIn(config(compilation));
        ConfigValidation.validateFields(fluxConfig);
    }

    @Test
    void stormDefaultIdleWaitSetsNothing() throws Exception {
        Compilation compilation = compile(", idleWait = IdleWait.STORM_DEFAULT");

        assertThat(config(compilation)).isEmpty();
        assertThat(new String(yaml(compilation), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("config:");
        assertThat(FluxBuilder.buildConfig(FluxYaml.parse(yaml(compilation)))).isEmpty();
    }

    @Test
    void sleepIdleWaitSetsBothKeys() throws Exception {
        assertThat(config(compile(", idleWait = IdleWait.SLEEP"))).containsExactly(BOLT_KEY, 0, SPOUT_KEY, 0);
    }

    /** A one-spout topology whose {@code @Topology} gets {@code extraAttributes}. */
    private Compilation compile(String extraAttributes) {
        JavaFileObject source = Shellgen.testSource("Idle",
                "@Topology(name = \"idle\"" + extraAttributes + ")",
                "public interface Idle {",
                "    @PythonSpout(script = \"source.py\", fields = \"line\")",
                "    interface Source {}",
                "}");
        Compilation compilation = Shellgen.compileWithScripts(dir, List.of(source), "source.py");
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static Config config(Compilation compilation) throws Exception {
        return (Config) new GeneratedClassLoader(compilation).loadClass("test.IdleTopology")
                .getMethod("config").invoke(null);
    }

    private static String sourceOf(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("test.IdleTopology").orElseThrow().getCharContent(false).toString();
    }

    private static byte[] yaml(Compilation compilation) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "idle.yaml").orElseThrow();
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        }
    }
}
