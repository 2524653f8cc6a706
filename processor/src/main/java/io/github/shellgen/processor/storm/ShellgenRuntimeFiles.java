package io.github.shellgen.processor.storm;

import java.util.List;

/**
 * storm-shellgen's Python runtime as it lies in the jar: a launcher and the library it puts behind
 * {@code import storm}, in the folder {@code resources/shellgen/}. Components on the
 * {@link io.github.shellgen.PythonRuntime#SHELLGEN SHELLGEN} runtime run
 * {@code <interpreter> shellgen/run.py <script>} in the topology's resources folder.
 */
public final class ShellgenRuntimeFiles {

    /** The folder under {@code resources/} that holds the runtime, and that no script may use. */
    public static final String FOLDER = "shellgen";

    /** The launcher, relative to {@code resources/}: the command's argument before the script. */
    public static final String LAUNCHER = io.github.shellgen.runtime.ShellCommand.LAUNCHER;

    /**
     * The folder under {@code resources/} whose packages the launcher puts on {@code sys.path}, after
     * the script's folder: where {@code shellgen:vendor} installs them (the launcher, run.py, and the
     * plugin's VendorMojo name it too, in their own languages).
     */
    public static final String PACKAGES = "site-packages";

    /**
     * The file behind a script's {@code import storm}: Storm's own {@code storm.py}, which a
     * {@link io.github.shellgen.PythonRuntime#STOCK STOCK} component needs in {@code resources/},
     * or the runtime's, in {@link #FOLDER}.
     */
    public static final String STORM_MODULE = "storm.py";

    /** Every file of the runtime, relative to {@code resources/}. */
    public static final List<String> FILES = List.of(LAUNCHER, FOLDER + "/" + STORM_MODULE);

    private ShellgenRuntimeFiles() {}
}
