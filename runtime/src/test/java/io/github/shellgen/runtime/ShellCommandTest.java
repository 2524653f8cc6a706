package io.github.shellgen.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTest {

    private static final String NAME = "storm-shellgen: bolt \"split\" (SplitBolt, task 3)";

    @TempDir
    Path dir;

    @Test
    void aMissingFileStopsTheStartNamingTheFileTheFolderAndTheFix() {
        ShellCommand command = ShellCommand.of("python3", "shellgen/run.py", "split.py")
                .requiring("shellgen/run.py", "split.py");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> command.checkCanStart(NAME, dir.toString()));

        assertThat(e).hasMessageThat().isEqualTo(NAME + " cannot start: shellgen/run.py is not in the topology's"
                + " resources folder " + dir + ". Storm takes resources/ from the first jar on the class path that has"
                + " one: put the file in the jar's resources/ folder (src/main/resources/resources/ in Maven), and put"
                + " that jar first on the class path (storm jar does).");
    }

    @Test
    void aProgramNotOnThePathStopsTheStartNamingThePath() throws IOException {
        Files.writeString(dir.resolve("split.py"), "", UTF_8);
        ShellCommand command = ShellCommand.of("no-such-python", "split.py").requiring("split.py");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> command.checkCanStart(NAME, dir.toString()));

        assertThat(e).hasMessageThat().startsWith(NAME + " cannot start: the program no-such-python is not on the"
                + " worker's PATH (");
        assertThat(e).hasMessageThat().endsWith("). Install it on every worker host, or name it by absolute path in"
                + " the annotation.");
    }

    @Test
    void aProgramByPathMustBeExecutable() {
        ShellCommand command = ShellCommand.of(dir.resolve("python9").toString());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> command.checkCanStart(NAME, dir.toString()));

        assertThat(e).hasMessageThat().isEqualTo(NAME + " cannot start: " + dir.resolve("python9")
                + " is not an executable file on this worker. Install it, or name another program in the annotation.");
    }

    @Test
    void inTheWorkersDirectoryResourceArgumentsBecomeAbsolute() {
        ShellCommand command = ShellCommand.of("node", "--no-warnings", "split.js", "/abs/data.txt")
                .inWorkerDirectory(2, 3);

        assertThat(command.resolve("/code/resources"))
                .asList().containsExactly("node", "--no-warnings", "/code/resources/split.js", "/abs/data.txt").inOrder();
        assertThat(command.directory("/code/resources").toString()).isEqualTo(System.getProperty("user.dir"));
        assertThat(ShellCommand.of("python3", "a.py").directory("/code/resources").toString())
                .isEqualTo("/code/resources");
    }

    @Test
    void launchSettingsApplyOverTheTopologysConfigurationForThisComponentOnly() {
        Map<String, Object> topology = Map.of("topology.subprocess.timeout.secs", 30, "x", 1);
        ShellCommand command = ShellCommand.of("python3", "a.py").withLaunchConfig("topology.subprocess.timeout.secs", 5);

        assertThat(command.configuration(topology)).containsExactly("topology.subprocess.timeout.secs", 5, "x", 1);
        assertThat(topology).containsEntry("topology.subprocess.timeout.secs", 30);
    }

    @Test
    void itTravelsToTheWorkersWhole() throws Exception {
        ShellCommand command = ShellCommand.of("node", "split.js").requiring("split.js").inWorkerDirectory(1)
                .withEnv("LANG", "C").withLaunchConfig("topology.shellbolt.max.pending", 10);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(command);
        }
        ShellCommand copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ShellCommand) in.readObject();
        }

        assertThat(copy.command()).containsExactly("node", "split.js").inOrder();
        assertThat(copy.requiredFiles()).containsExactly("split.js");
        assertThat(copy.resourceArgs()).containsExactly(1);
        assertThat(copy.env()).containsExactly("LANG", "C");
        assertThat(copy.launchConfig()).containsExactly("topology.shellbolt.max.pending", 10);
    }
}
