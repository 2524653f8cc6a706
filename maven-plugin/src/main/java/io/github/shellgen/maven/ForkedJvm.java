package io.github.shellgen.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
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
            String logConfig, String jvmArgs, List<String> properties, Log log) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-Dlog4j.configurationFile=" + logConfig);
        if (jvmArgs != null && !jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath(project, plugin, output, log)));
        return command;
    }

    /**
     * The project's jar (or classes) first, as {@code storm jar} puts it; then its dependencies,
     * provided ones included (Storm is usually provided, and so the project's Storm version wins);
     * then the plugin's own (shellgen-testing, storm-server), but those the project has in another version.
     */
    static List<String> classPath(MavenProject project, PluginDescriptor plugin, Path output, Log log)
            throws MojoExecutionException {
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
        // The plugin's own artifacts fill in what the project lacks, never a second version of one it has
        // (Storm's jars of another release than the project's fail to load beside them).
        Set<String> projects = new HashSet<>();
        project.getArtifacts().forEach(a -> projects.add(key(a)));
        warnOfMixedStorm(project, plugin, log);
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null && !projects.contains(key(artifact))) {
                entries.add(artifact.getFile().getPath());
            }
        }
        return new ArrayList<>(entries);
    }

    /**
     * A project with Storm's client at one version and no {@code storm-server} gets the plugin's, of
     * another: LocalCluster then runs on a mix of two Storm releases. Says how to make it one.
     */
    private static void warnOfMixedStorm(MavenProject project, PluginDescriptor plugin, Log log) {
        String client = version(project.getArtifacts(), "storm-client");
        String server = version(plugin.getArtifacts(), "storm-server");
        if (client != null && server != null && !client.equals(server)
                && version(project.getArtifacts(), "storm-server") == null) {
            log.warn("storm-shellgen: the project has org.apache.storm:storm-client " + client + " but no storm-server, so"
                    + " the in-process cluster takes the plugin's storm-server " + server + ", another Storm release. Add"
                    + " org.apache.storm:storm-server " + client + " (scope provided) to the project's dependencies.");
        }
    }

    private static String version(java.util.Collection<Artifact> artifacts, String stormArtifact) {
        return artifacts.stream().filter(a -> a.getGroupId().equals("org.apache.storm")
                && a.getArtifactId().equals(stormArtifact)).map(Artifact::getVersion).findFirst().orElse(null);
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getClassifier();
    }
}
