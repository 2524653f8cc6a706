package io.github.shellgen.runtime.wire;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.storm.shade.net.minidev.json.JSONObject;
import org.apache.storm.shade.net.minidev.json.JSONValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ends of storm-shellgen's frames name the same codes: {@link FrameWire}'s constants (and
 * {@link Handshake#FRAMES_VERSION}) against those of the Python runtime's {@code _FrameWire}, read
 * from a real {@code python3} importing the storm.py this module ships. A message added to one end
 * only, or a code changed on one end only, fails here.
 */
class FrameCodesTest {

    @TempDir
    Path resources;

    @Test
    void theJvmAndThePythonEndOfTheFramesUseTheSameCodes() throws Exception {
        Map<String, Number> java = new TreeMap<>();
        for (Field field : FrameWire.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == int.class) {
                java.put(field.getName(), field.getInt(null));
            }
        }
        java.put("VERSION", Handshake.FRAMES_VERSION);

        Map<String, Number> python = new TreeMap<>();
        pythonCodes().forEach((name, value) -> python.put(name, (Number) value));

        assertThat(java).hasSize(15); // the version, MAGIC, and 13 message codes
        assertWithMessage("FrameWire's constants (JVM) against storm.py's _FrameWire (Python)")
                .that(python.toString()).isEqualTo(java.toString());
    }

    private Map<String, Object> pythonCodes() throws Exception {
        PythonRuntimeFiles.layOut(resources);
        Path folder = resources.resolve(PythonRuntimeFiles.LAUNCHER).getParent();
        String program = "import json, sys\n"
                + "sys.path.insert(0, sys.argv[1])\n"
                + "import storm\n"
                + "print(json.dumps({k: v for k, v in vars(storm._FrameWire).items()"
                + " if k.isupper() and type(v) is int}))\n";
        Process python = new ProcessBuilder("python3", "-c", program, folder.toString()).redirectErrorStream(true)
                .start();
        try {
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertWithMessage(out).that(python.exitValue()).isEqualTo(0);
            return (JSONObject) JSONValue.parse(out);
        } finally {
            python.destroyForcibly();
        }
    }
}
