package io.github.shellgen.maven;

import io.github.shellgen.runtime.RuntimeConfig;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Vendors the Python packages a topology's scripts import into the jar: the
 * {@code requirements.txt} next to the scripts is installed with {@code pip install --target}
 * into {@code resources/site-packages/} of the class output, wheels only, where storm-shellgen's
 * Python runtime puts it first on {@code sys.path}. Workers then need no network, no pip and no
 * virtualenv. Hash-pinned requirements ({@code --hash}) are checked by pip; a manifest of what
 * went in (name, version, sha256, where from) lands beside the packages. Bound to
 * {@code process-resources}, so {@code mvn package} does it; it does nothing when the file is absent
 * and when the packages are up to date.
 */
@Mojo(name = "vendor", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class VendorMojo extends AbstractMojo {

    /**
     * The folder of {@code resources/} the packages go to. storm-shellgen's Python runtime
     * ({@code shellgen/run.py}, written by the processor) looks for this same name.
     */
    static final String PACKAGES_FOLDER = "site-packages";
    private static final String HELPER = "vendor.py";

    /**
     * Where {@code -Dshellgen.packagesTo=blobstore} packs the packages, in the build folder:
     * {@code shellgen:submit} uploads it to Storm's blob store.
     */
    static final String BLOB_ARCHIVE = "shellgen/site-packages.tgz";

    /** The requirements file, in pip's format. */
    @Parameter(property = "shellgen.requirements",
            defaultValue = "${project.basedir}/src/main/resources/resources/requirements.txt")
    private File requirements;

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** The Python that runs pip; its version is the one packages are chosen for, unless {@code pythonVersion} says. */
    @Parameter(property = "shellgen.python", defaultValue = "python3")
    private String python;

    /** A folder of wheels to install from instead of an index: an offline build. */
    @Parameter(property = "shellgen.wheels")
    private File wheels;

    /** The workers' Python version ({@code 3.11}) when it is not the build machine's. */
    @Parameter(property = "shellgen.pythonVersion")
    private String pythonVersion;

    /** The workers' platform ({@code manylinux2014_x86_64}) when it is not the build machine's. */
    @Parameter(property = "shellgen.platform")
    private String platform;

    /** More options for {@code pip install}, separated by spaces ({@code --index-url https://...}). */
    @Parameter(property = "shellgen.pipOptions")
    private String pipOptions;

    /**
     * Where the packages go: {@code jar} (into {@code resources/site-packages/} of the jar, sent with
     * every submission) or {@code blobstore} (packed into {@code target/shellgen/site-packages.tgz},
     * which {@code shellgen:submit} uploads to Storm's blob store once and maps into every worker: for
     * environments of hundreds of megabytes).
     */
    @Parameter(property = "shellgen.packagesTo", defaultValue = "jar")
    String packagesTo;

    @Parameter(property = "shellgen.vendor.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("storm-shellgen: vendoring skipped (shellgen.vendor.skip)");
            return;
        }
        if (!requirements.isFile()) {
            getLog().debug("storm-shellgen: no " + requirements + ", nothing to vendor");
            return;
        }
        if (!packagesTo.equals("jar") && !packagesTo.equals("blobstore")) {
            throw new MojoFailureException("shellgen.packagesTo is \"" + packagesTo + "\": jar (the default) or"
                    + " blobstore");
        }
        boolean blobstore = packagesTo.equals("blobstore");
        Path inJar = outputDirectory.toPath().resolve("resources").resolve(PACKAGES_FOLDER);
        Path archive = buildDirectory.toPath().resolve(BLOB_ARCHIVE);
        Path target = blobstore ? buildDirectory.toPath().resolve(RuntimeConfig.BLOB_PACKAGES_BUILD_FOLDER) : inJar;
        // What the other choice left in an earlier build goes: a jar with both, or a stale archive to upload.
        try {
            if (blobstore) {
                deleteTree(inJar);
            } else {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot delete " + (blobstore ? inJar : archive) + ": " + e, e);
        }
        // Run in the project's folder, with the file by its relative name: the manifest in the jar names
        // it so, the same on every machine.
        Path relative = baseDirectory.toPath().toAbsolutePath().relativize(requirements.toPath().toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(python, helper(buildDirectory.toPath()).toString(),
                relative.toString(), target.toString()));
        if (blobstore) {
            command.addAll(List.of("--archive", archive.toString()));
        }
        command.addAll(pipOptions());
        int status = run(getLog(), command, baseDirectory, python, requirements);
        if (status != 0) {
            throw new MojoFailureException("storm-shellgen could not vendor the Python packages of " + requirements
                    + ": pip exited with status " + status + " (its messages are above). Every package must come as a"
                    + " wheel, built for the workers' Python"
                    + (pythonVersion == null && platform == null ? " (here, the build machine's: set"
                            + " -Dshellgen.pythonVersion and -Dshellgen.platform when the workers differ)" : "")
                    + ". Offline, point -Dshellgen.wheels at a folder of wheels (pip download -d DIR -r "
                    + requirements.getName() + " makes one).");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private List<String> pipOptions() throws MojoFailureException {
        List<String> options = new ArrayList<>();
        if (wheels != null) {
            if (!wheels.isDirectory()) {
                throw new MojoFailureException("shellgen.wheels is " + wheels + ", which is not a folder of wheels");
            }
            options.addAll(List.of("--no-index", "--find-links", wheels.getAbsolutePath()));
        }
        if (pythonVersion != null || platform != null) {
            // pip needs all three to choose wheels for another interpreter.
            options.addAll(List.of("--implementation", "cp"));
            if (pythonVersion != null) {
                options.addAll(List.of("--python-version", pythonVersion));
            }
            if (platform != null) {
                options.addAll(List.of("--platform", platform));
            }
        }
        if (pipOptions != null && !pipOptions.isBlank()) {
            options.addAll(List.of(pipOptions.trim().split("\\s+")));
        }
        return options;
    }

    private static List<String> lines(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The helper script, copied out of the plugin's jar so that python3 can run it. */
    static Path helper(Path buildDirectory) throws MojoExecutionException {
        Path helper = buildDirectory.resolve("shellgen-vendor").resolve(HELPER);
        try (InputStream in = VendorMojo.class.getResourceAsStream(HELPER)) {
            Files.createDirectories(helper.getParent());
            Files.copy(in, helper, StandardCopyOption.REPLACE_EXISTING);
            return helper;
        } catch (IOException | NullPointerException e) {
            throw new MojoExecutionException("Cannot write " + helper + ": " + e, e);
        }
    }

    /**
     * Runs the helper, its output through Maven's log, so that {@code mvn -q} keeps a build quiet:
     * what it says at INFO; pip's warnings at WARN, or at ERROR when it fails.
     */
    static int run(org.apache.maven.plugin.logging.Log log, List<String> command, File baseDirectory, String python,
            File requirements) throws MojoExecutionException, MojoFailureException {
        try {
            Process process = new ProcessBuilder(command).directory(baseDirectory).start();
            CompletableFuture<List<String>> warnings = CompletableFuture.supplyAsync(() -> lines(process.getErrorStream()));
            lines(process.getInputStream()).forEach(log::info);
            int status = process.waitFor();
            warnings.join().forEach(status == 0 ? log::warn : log::error);
            return status;
        } catch (IOException e) {
            throw new MojoFailureException("storm-shellgen could not start " + python + " to vendor " + requirements
                    + " (" + e.getMessage() + "). Vendoring runs pip on the build machine: install python3 with pip,"
                    + " or point -Dshellgen.python at one.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while vendoring", e);
        }
    }
}
