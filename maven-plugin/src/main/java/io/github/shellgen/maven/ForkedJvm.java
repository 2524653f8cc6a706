package io.github.shellgen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/** A JVM the plugin starts for the project: {@code shellgen:run}'s, {@code shellgen:submit}'s submitter. */
final class ForkedJvm {

    /** shellgen-testing's quiet logging configuration, on the plugin's class path. */
    static final String QUIET_LOG_CONFIG = "shellgen-testing-log4j2.xml";

    private ForkedJvm() {}

    /**
     * {@code java}, this Maven's, with the system properties given, the temporary folder (LocalCluster's
     * folders and RocksDB's native library, kept in {@code target/}), the logging configuration, the
     * user's options ({@code jvmArgs}, separated by spaces) and {@link #classPath}; the main class and
     * its arguments come after.
     */
    static List<String> command(MavenProject project, PluginDescriptor plugin, Path output, Path tmp,
            String logConfig, String jvmArgs, List<String> properties) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-Dlog4j.configurationFile=" + logConfig);
        if (jvmArgs != null && !jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath(project, plugin, output)));
        return command;
    }

    /**
     * The project's jar (or classes) first, as {@code storm jar} puts it; then its dependencies,
     * provided ones included (Storm is usually provided, and so the project's Storm version wins);
     * then the plugin's own (shellgen-testing, storm-server).
     */
    static List<String> classPath(MavenProject project, PluginDescriptor plugin, Path output) throws MojoExecutionException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(output.toString());
        String classes = project.getBuild().getOutputDirectory();
        try {
            for (String element : project.getCompileClasspathElements()) {
                if (!element.equals(classes)) {
                    entries.add(element);
                }
            }
            for (String element : project.getRuntimeClasspathElements()) {
                if (!element.equals(classes)) {
                    entries.add(element);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's dependencies are not resolved", e);
        }
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null) {
                entries.add(artifact.getFile().getPath());
            }
        }
        return new ArrayList<>(entries);
    }
}
