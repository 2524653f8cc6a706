package io.github.shellgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Runs the project's Python tests ({@code src/test/python/}) in the {@code test} phase, so that
 * {@code mvn verify} runs them beside the JUnit tests: with {@code pytest} when the Python has it,
 * else with the standard library's {@code unittest}. Their output is the build's; a failing test
 * fails the build. The tests import {@code shellgen_testing} (and {@code storm}), which this goal
 * writes first ({@link PythonAuthorFiles}); the scripts' folders and the vendored packages are on
 * their path, as {@code python3 -m pytest} finds them through the project's {@code pyproject.toml}.
 */
@Mojo(name = "python-test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public final class PythonTestMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The folder of the Python tests. */
    @Parameter(property = "shellgen.pythonTests", defaultValue = "${project.basedir}/src/test/python")
    private File tests;

    /** The Python that runs them. */
    @Parameter(property = "shellgen.python", defaultValue = "python3")
    private String python;

    /** {@code auto} (pytest when the Python has it, else unittest), {@code pytest} or {@code unittest}. */
    @Parameter(property = "shellgen.pythonRunner", defaultValue = "auto")
    private String runner;

    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipAll;

    @Parameter(property = "shellgen.pythonTest.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path folder = PythonAuthorFiles.write(project);
        if (skip || skipTests || skipAll) {
            getLog().info("storm-shellgen: Python tests skipped");
            return;
        }
        if (!tests.isDirectory()) {
            getLog().debug("storm-shellgen: no " + tests + ", no Python tests to run");
            return;
        }
        List<Path> scripts = PythonAuthorFiles.scriptFolders(project);
        List<Path> path = new ArrayList<>(testPackages());
        path.add(folder);
        path.addAll(scripts);
        path.addAll(PythonAuthorFiles.vendoredPackages(project));
        Map<String, String> env = new HashMap<>();
        String extra = System.getenv("PYTHONPATH");
        env.put("PYTHONPATH", joined(path) + (extra == null || extra.isEmpty() ? "" : File.pathSeparator + extra));
        env.put("SHELLGEN_RESOURCES", joined(scripts));
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        String chosen = choose(env);
        List<String> command = new ArrayList<>(List.of(python));
        if (chosen.equals("pytest")) {
            // Its cache in the build folder, not the project's; the project's pyproject.toml still applies.
            command.addAll(List.of("-m", "pytest", "-o", "cache_dir=" + Path.of(project.getBuild().getDirectory())
                    .resolve("pytest-cache"), "--rootdir", project.getBasedir().getPath(), tests.getPath()));
        } else {
            command.addAll(List.of("-m", "unittest", "discover", "-v", "-s", tests.getPath(), "-t", tests.getPath()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.getBasedir()).redirectErrorStream(true);
        builder.environment().putAll(env);
        getLog().info("storm-shellgen: Python tests in " + project.getBasedir().toPath().relativize(tests.toPath())
                + ", with " + chosen + " on " + python);
        int status;
        List<String> output = new ArrayList<>();
        try {
            Process process = builder.start();
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                // The test runner's own output, as it comes.
                reader.lines().forEach(line -> {
                    output.add(line);
                    getLog().info(line);
                });
            }
            status = process.waitFor();
        } catch (IOException e) {
            throw new MojoFailureException("storm-shellgen could not start " + python + " to run the Python tests in "
                    + tests + " (" + e.getMessage() + "). Install python3, or point -Dshellgen.python at one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while running the Python tests", e);
        }
        if (chosen.equals("pytest") && status == 5) {
            getLog().info("storm-shellgen: pytest found no test in " + tests);
            return;
        }
        if (status != 0) {
            if (!getLog().isInfoEnabled()) {  // mvn -q: the report was not shown as it came
                output.forEach(getLog()::error);
            }
            throw new MojoFailureException("storm-shellgen: the Python tests in " + tests + " failed (" + chosen
                    + " exited with status " + status + "; its report is above). Run them alone with: "
                    + (chosen.equals("pytest") ? python + " -m pytest" : "PYTHONPATH=" + folder + " " + python
                            + " -m unittest discover -s " + tests) + " (skip them with -Dshellgen.pythonTest.skip)");
        }
    }

    /**
     * The packages the tests need ({@code requirements.txt} beside them: mypy, say), installed with
     * pip as {@code shellgen:vendor} installs the scripts' (again only when the file changes).
     */
    private List<Path> testPackages() throws MojoExecutionException, MojoFailureException {
        Path requirements = tests.toPath().resolve("requirements.txt");
        if (!Files.isRegularFile(requirements)) {
            return List.of();
        }
        Path build = Path.of(project.getBuild().getDirectory());
        Path target = build.resolve(io.github.shellgen.runtime.RuntimeConfig.TEST_PACKAGES_BUILD_FOLDER);
        Path relative = project.getBasedir().toPath().toAbsolutePath().relativize(requirements.toAbsolutePath());
        int status = VendorMojo.run(getLog(), List.of(python, VendorMojo.helper(build).toString(), relative.toString(),
                target.toString()), project.getBasedir(), python, requirements.toFile());
        if (status != 0) {
            throw new MojoFailureException("storm-shellgen could not install the Python tests' packages (" + requirements
                    + "): pip exited with status " + status + " (its messages are above)");
        }
        return List.of(target);
    }

    private static String joined(List<Path> folders) {
        return folders.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** pytest when asked for or present, else unittest (on the tests' path: it may be a test package). */
    private String choose(Map<String, String> env) throws MojoFailureException {
        switch (runner) {
            case "pytest", "unittest" -> {
                return runner;
            }
            case "auto" -> {
                try {
                    ProcessBuilder builder = new ProcessBuilder(python, "-c", "import pytest").redirectErrorStream(true);
                    builder.environment().putAll(env);
                    Process probe = builder.start();
                    probe.getInputStream().readAllBytes();
                    return probe.waitFor() == 0 ? "pytest" : "unittest";
                } catch (IOException e) {
                    throw new MojoFailureException("storm-shellgen could not start " + python + " to run the Python"
                            + " tests (" + e.getMessage() + "). Install python3, or point -Dshellgen.python at one.");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "unittest";
                }
            }
            default -> throw new MojoFailureException("shellgen.pythonRunner is \"" + runner
                    + "\": auto (the default), pytest or unittest");
        }
    }
}
