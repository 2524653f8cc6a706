package io.github.shellgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.shellgen.processor.storm.Setting;
import io.github.shellgen.processor.storm.StormConfig;
import io.github.shellgen.runtime.RuntimeConfig;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.apache.storm.generated.ComponentCommon;
import org.apache.storm.generated.StormTopology;
import org.apache.storm.shade.net.minidev.json.JSONValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shell component's {@code restartsPerMinute}: it reaches the component's configuration under the
 * key the runtime reads, and only when set. Its range and its clash with a {@code @Conf} are
 * {@link SettingsRulesTest}'s.
 */
class RestartBudgetSettingTest {

    private static final JavaFileObject BUDGETS = Shellgen.testSource("Budgets",
            "@Topology(name = \"budgets\")",
            "public interface Budgets {",
            "    @PythonSpout(script = \"sentencespout.py\", fields = \"sentence\", restartsPerMinute = 0)",
            "    interface Sentences {}",
            "",
            "    @ShellBolt(command = {\"node\", \"splitbolt.js\"}, fields = \"word\", restartsPerMinute = 2,",
            "            startupTimeoutSecs = 300)",
            "    @ShuffleGrouping(from = Sentences.class)",
            "    interface Splitter {}",
            "",
            "    @PythonBolt(script = \"countbolt.py\", fields = {\"word\", \"count\"})",
            "    @ShuffleGrouping(from = Splitter.class)",
            "    interface Counter {}",
            "}");

    @TempDir
    Path dir;

    @Test
    void theKeyIsTheOneTheRuntimeReads() {
        assertThat(Setting.RESTARTS_PER_MINUTE.key()).isEqualTo(RuntimeConfig.RESTARTS_PER_MINUTE);
        assertThat(Setting.STARTUP_TIMEOUT.key()).isEqualTo(RuntimeConfig.STARTUP_TIMEOUT_SECS);
        assertThat(StormConfig.SHELLGEN_KEYS).containsExactly(RuntimeConfig.RESTARTS_PER_MINUTE,
                RuntimeConfig.STARTUP_TIMEOUT_SECS, RuntimeConfig.MAX_MESSAGE_BYTES, RuntimeConfig.DEFAULT_SPOUT_PENDING);
        assertThat(StormConfig.DEFAULT_SHELL_SPOUT_PENDING).isEqualTo(RuntimeConfig.DEFAULT_MAX_SPOUT_PENDING);
    }

    @Test
    void eachComponentGetsItsOwnBudgetAndOnlyWhenSet() throws Exception {
        Compilation compilation = Shellgen.compileTopology(dir, BUDGETS);
        assertThat(compilation).succeededWithoutWarnings();

        StormTopology topology = (StormTopology) new GeneratedClassLoader(compilation)
                .loadClass("test.BudgetsTopology").getMethod("topology").invoke(null);

        assertThat(componentConf(topology.get_spouts().get("sentences").get_common()))
                .containsExactly(RuntimeConfig.RESTARTS_PER_MINUTE, 0);
        assertThat(componentConf(topology.get_bolts().get("splitter").get_common()))
                .containsExactly(RuntimeConfig.RESTARTS_PER_MINUTE, 2, RuntimeConfig.STARTUP_TIMEOUT_SECS, 300);
        assertThat(componentConf(topology.get_bolts().get("counter").get_common())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> componentConf(ComponentCommon common) {
        Object conf = JSONValue.parse(common.get_json_conf());
        return conf == null ? Map.of() : (Map<String, Object>) conf;
    }
}
