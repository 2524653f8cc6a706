package io.github.shellgen.runtime;

import io.github.shellgen.runtime.message.RuntimeMessage;
import java.io.File;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a shell component runs and how: the command, the files it needs in the topology's
 * resources folder, the folder it runs in, its environment, and the settings Storm reads only from
 * the configuration a shell component starts with. Generated components build one in their
 * constructor; it travels with the component to the workers, so it is serializable and immutable.
 *
 * <pre>{@code
 * ShellCommand.of("python3", "shellgen/run.py", "split.py")
 *         .requiring("shellgen/run.py", "shellgen/storm.py", "split.py")
 * }</pre>
 */
public final class ShellCommand implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> command;
    private final List<String> requiredFiles;
    /** -1 when the subprocess runs in the resources folder; else the arguments that are resource files. */
    private final int[] resourceArgs;
    private final Map<String, String> env;
    private final Map<String, Object> launchConfig;

    private ShellCommand(List<String> command, List<String> requiredFiles, int[] resourceArgs,
            Map<String, String> env, Map<String, Object> launchConfig) {
        this.command = command;
        this.requiredFiles = requiredFiles;
        this.resourceArgs = resourceArgs;
        this.env = env;
        this.launchConfig = launchConfig;
    }

    /**
     * storm-shellgen's Python launcher, relative to {@code resources/}: a component on its runtime runs
     * {@code <interpreter> shellgen/run.py <script>} (the processor writes it there).
     */
    public static final String LAUNCHER = "shellgen/run.py";

    /** The program and its arguments, run in the topology's resources folder. */
    public static ShellCommand of(String... command) {
        if (command.length == 0) {
            throw new IllegalArgumentException(RuntimeMessage.NO_PROGRAM.format());
        }
        return new ShellCommand(List.of(command), List.of(), null, Map.of(), Map.of());
    }

    /** These files, relative to the resources folder, must be there before the subprocess starts. */
    public ShellCommand requiring(String... files) {
        return new ShellCommand(command, List.of(files), resourceArgs, env, launchConfig);
    }

    /**
     * Runs the subprocess in the worker's directory instead of the resources folder; the arguments
     * at these positions name files of the resources folder and are made absolute.
     */
    public ShellCommand inWorkerDirectory(int... resourceArgs) {
        return new ShellCommand(command, requiredFiles, resourceArgs.clone(), env, launchConfig);
    }

    /** Sets a variable of the subprocess' environment ({@code PATH} is appended to the worker's). */
    public ShellCommand withEnv(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(env);
        more.put(name, value);
        return new ShellCommand(command, requiredFiles, resourceArgs, Collections.unmodifiableMap(more), launchConfig);
    }

    /**
     * Sets a configuration value for this component alone, over the topology's: for the keys Storm
     * drops from a component's configuration ({@code topology.subprocess.timeout.secs},
     * {@code topology.shellbolt.max.pending}, {@code topology.multilang.serializer}).
     */
    public ShellCommand withLaunchConfig(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(launchConfig);
        more.put(key, value);
        return new ShellCommand(command, requiredFiles, resourceArgs, env, Collections.unmodifiableMap(more));
    }

    /** The command as declared: the program, then its arguments. */
    /** Whether the command runs a script through storm-shellgen's Python launcher. */
    public boolean runsShellgenLauncher() {
        return command.size() > 2 && command.get(1).equals(LAUNCHER);
    }

    public List<String> command() {
        return command;
    }

    /** The command as one line, for messages. */
    public String commandLine() {
        return String.join(" ", command);
    }

    /** The files the subprocess needs in the resources folder, relative to it. */
    public List<String> requiredFiles() {
        return requiredFiles;
    }

    /** Whether the subprocess runs in the resources folder (else in the worker's directory). */
    public boolean runsInResourcesDir() {
        return resourceArgs == null;
    }

    /** The positions of the arguments that name resource files, made absolute when it runs elsewhere. */
    public List<Integer> resourceArgs() {
        return resourceArgs == null ? List.of() : Arrays.stream(resourceArgs).boxed().toList();
    }

    /** The variables set in the subprocess' environment. */
    public Map<String, String> env() {
        return env;
    }

    /** The settings for this component alone, over the topology's configuration. */
    public Map<String, Object> launchConfig() {
        return launchConfig;
    }

    /** The topology's configuration with this component's launch settings over it. */
    Map<String, Object> configuration(Map<String, Object> topoConf) {
        if (launchConfig.isEmpty()) {
            return topoConf;
        }
        Map<String, Object> conf = new HashMap<>(topoConf);
        conf.putAll(launchConfig);
        return conf;
    }

    /** The array to start: resource files made absolute when it runs outside the resources folder. */
    String[] resolve(String codeDir) {
        String[] resolved = command.toArray(String[]::new);
        if (resourceArgs != null) {
            for (int i : resourceArgs) {
                if (i < resolved.length && !new File(resolved[i]).isAbsolute()) {
                    resolved[i] = new File(codeDir, resolved[i]).getPath();
                }
            }
        }
        return resolved;
    }

    /** The folder the subprocess runs in. */
    File directory(String codeDir) {
        return resourceArgs == null ? new File(codeDir) : new File(System.getProperty("user.dir"));
    }

    /**
     * Throws, naming the file or program and the fix, when a required file is not in the resources
     * folder or the program is not on the {@code PATH}: Storm would report only "Pipe to subprocess
     * seems to be broken!" or "Cannot run program".
     */
    void checkCanStart(String component, String codeDir) {
        for (String file : requiredFiles) {
            if (!new File(codeDir, file).isFile()) {
                throw new IllegalStateException(RuntimeMessage.RESOURCE_MISSING.format(component, file, codeDir));
            }
        }
        String program = command.get(0);
        if (program.indexOf('/') >= 0 || program.indexOf('\\') >= 0) {
            if (!new File(program).canExecute()) {
                throw new IllegalStateException(RuntimeMessage.PROGRAM_NOT_EXECUTABLE.format(component, program));
            }
            return;
        }
        String path = System.getenv("PATH");
        for (String entry : (path == null ? "" : path).split(File.pathSeparator)) {
            if (!entry.isEmpty() && (new File(entry, program).canExecute()
                    || new File(entry, program + ".exe").canExecute())) {
                return;
            }
        }
        throw new IllegalStateException(RuntimeMessage.PROGRAM_NOT_ON_PATH.format(component, program, path));
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of(commandLine()));
        if (resourceArgs != null) {
            parts.add("in the worker's directory, resource arguments " + Arrays.toString(resourceArgs));
        }
        return "ShellCommand[" + String.join(", ", parts) + "]";
    }
}
