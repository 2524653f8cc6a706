package io.github.shellgen.maven;

import io.github.shellgen.runtime.RuntimeConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the project's storm-shellgen topology on an in-process Storm cluster with real
 * subprocesses, in a JVM of its own, until its work is done (shellgen-testing's
 * {@code LocalTopology}): a progress line about once a second, then a table per component and
 * the errors the components reported. Fails the build when the run did not finish within the time
 * limit or a tuple tree failed for good.
 *
 * <p>Run it after {@code package} ({@code mvn package shellgen:run}) to run the project's jar, as
 * {@code storm jar} would; after {@code compile} it runs {@code target/classes}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class RunMojo extends AbstractMojo {

    private static final String MAIN = "io.github.shellgen.testing.RunMain";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The topology to run, by its {@code @Topology} name; needed when the project has several. */
    @Parameter(property = "shellgen.topology")
    private String topology;

    /**
     * Seconds the run may take, from its start (the in-process cluster starting), before it is stopped
     * as unfinished: by default shellgen-testing's (120 s, an hour with {@code shellgen.debug}).
     */
    @Parameter(property = "shellgen.timeLimit")
    private Integer timeLimit;

    /** Seconds nothing may happen, once every tuple tree is done, before the run ends. */
    @Parameter(property = "shellgen.quietPeriod", defaultValue = "3")
    private int quietPeriod;

    /** Log4j 2 configuration of the run: a class-path resource or file. Default: a quiet one. */
    @Parameter(property = "shellgen.logConfig", defaultValue = ForkedJvm.QUIET_LOG_CONFIG)
    private String logConfig;

    /** Where the run writes the topology's diagram with its counts ({@code <name>.svg} and {@code <name>.md}). */
    @Parameter(property = "shellgen.diagrams", defaultValue = "${project.build.directory}/shellgen")
    private File diagrams;

    /** Extra JVM options for the run, separated by spaces. */
    /**
     * Runs this component's Python process (its first task's) under a debugger: {@code COMPONENT} or
     * {@code COMPONENT:PORT} (port 5678). With debugpy it listens on 127.0.0.1 and waits for VS Code
     * (or any DAP client) to attach; see the guide's "Debug a script".
     */
    @Parameter(property = "shellgen.debug")
    private String debug;

    /** {@code debugpy} (the default), or {@code pycharm} to connect to PyCharm's debug server. */
    @Parameter(property = "shellgen.debugger", defaultValue = "debugpy")
    private String debugger;

    @Parameter(property = "shellgen.jvmArgs")
    private String jvmArgs;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if ((timeLimit != null && timeLimit < 1) || quietPeriod < 1) {
            throw new MojoFailureException("shellgen.timeLimit and shellgen.quietPeriod are whole numbers of seconds,"
                    + " 1 or more (given: " + timeLimit + ", " + quietPeriod + ")");
        }
        Path output = projectOutput();
        String topologyClass;
        try {
            topologyClass = ProjectTopologies.in(output).choose(topology);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + output + ": " + e.getMessage(), e);
        }
        List<String> command = command(output, topologyClass);
        getLog().debug("storm-shellgen: " + String.join(" ", command));
        int status = runForked(command);
        if (status != 0) {
            throw new MojoFailureException("The topology run did not succeed (exit status " + status + "): see above.");
        }
    }

    /** The project's jar when it has been packaged, else its class output. */
    private Path projectOutput() throws MojoFailureException {
        File artifact = project.getArtifact().getFile();
        if (artifact != null && artifact.isFile() && artifact.getName().endsWith(".jar")) {
            return artifact.toPath();
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (Files.isDirectory(classes)) {
            return classes;
        }
        throw new MojoFailureException("Nothing to run: the project is not built. Run `mvn package shellgen:run`.");
    }

    private List<String> command(Path output, String topologyClass) throws MojoExecutionException {
        Path tmp = Path.of(project.getBuild().getDirectory(), "shellgen-run");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create " + tmp, e);
        }
        List<String> command = ForkedJvm.command(project, plugin, output, tmp, logConfig, jvmArgs, List.of(),
                getLog());
        command.add(MAIN);
        command.add(topologyClass);
        command.add("--quiet-period=" + quietPeriod);
        if (timeLimit != null) {
            command.add("--time-limit=" + timeLimit);
        }
        if (debug != null) {
            command.add("--debug=" + debug);
            command.add("--debugger=" + debugger);
        }
        command.add("--diagrams=" + diagrams.getAbsolutePath());
        return command;
    }

    /** Runs the command with this console; ends it if Maven is stopped. */
    private int runForked(List<String> command) throws MojoExecutionException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.getBasedir()).inheritIO();
            // Packages vendored for the blob store (-Dshellgen.packagesTo=blobstore) are not in the jar: the
            // subprocesses take them from the build folder, as a worker takes them from the blob store.
            Path blobPackages = Path.of(project.getBuild().getDirectory()).resolve(RuntimeConfig.BLOB_PACKAGES_BUILD_FOLDER);
            if (Files.isDirectory(blobPackages)) {
                builder.environment().put(RuntimeConfig.BLOB_PACKAGES_ENV, blobPackages.toAbsolutePath().toString());
            }
            process = builder.start();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread(process::destroy, "shellgen-run-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new MojoExecutionException("Interrupted while the topology ran", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Maven is already shutting down; the hook ends the run.
            }
        }
    }
}
