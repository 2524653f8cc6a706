package io.github.shellgen.testing;

import static com.google.common.truth.Truth.assertThat;

import io.github.shellgen.testing.topologies.BusyTopology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** shellgen:run's debugger arguments, refused with the fix before anything starts. */
class RunDebugArgumentsTest {

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThat(run("--debug=splitter:x")).isEqualTo(
                "--debug is COMPONENT or COMPONENT:PORT (default port 5678), not \"splitter:x\"");
    }

    @Test
    void anUnknownDebuggerIsRefused() {
        assertThat(run("--debug=splitter", "--debugger=gdb")).startsWith(
                "the debugger is debugpy (the default: it listens, and VS Code or another DAP client attaches) or"
                        + " pycharm");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThat(run("--debug=splitter:70000")).isEqualTo("a debugger's port is 1 to 65535, not 70000");
    }

    private static String run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[arguments.length + 1];
        args[0] = BusyTopology.class.getName();
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        int status = RunMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        return err.toString(StandardCharsets.UTF_8).strip();
    }
}
