package io.github.shellgen.maven;

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

/** The class path of a JVM the plugin starts for the project: {@code shellgen:run}'s, {@code shellgen:submit}'s submitter. */
final class ProjectClassPath {

    private ProjectClassPath() {}

    /**
     * The project's jar (or classes) first, as {@code storm jar} puts it; then its dependencies,
     * provided ones included (Storm is usually provided, and so the project's Storm version wins);
     * then the plugin's own (shellgen-testing, storm-server).
     */
    static List<String> of(MavenProject project, PluginDescriptor plugin, Path output) throws MojoExecutionException {
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
