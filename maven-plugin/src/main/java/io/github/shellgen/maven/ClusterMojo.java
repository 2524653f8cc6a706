package io.github.shellgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that works on a running Storm cluster shares: where Nimbus is
 * ({@link ClusterConnection}), which topology, and Maven's way of failing. Each goal is a
 * {@code run(ClusterConnection)}; a failure to reach Nimbus, or a topology that is not there, is one
 * {@code MojoFailureException} naming the cause and the fix.
 */
abstract class ClusterMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Nimbus' address, {@code host} or {@code host:port}; default: {@code nimbus.seeds} of the storm.yaml. */
    @Parameter(property = "shellgen.nimbus")
    String nimbus;

    /**
     * The Storm client configuration (a {@code storm.yaml}: Nimbus' address, and what an
     * authenticated cluster needs: Thrift transport, JAAS file); default: {@code ~/.storm/storm.yaml}.
     */
    @Parameter(property = "shellgen.stormConf")
    File stormConf;

    /** The topology, by its name; default: the project's topology when it has only one. */
    @Parameter(property = "shellgen.topology")
    String topology;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        ClusterConnection cluster = ClusterConnection.of(nimbus, stormConf);
        try {
            run(cluster);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted", e);
        } catch (Exception e) {
            throw new MojoFailureException("Nimbus " + cluster.nimbus() + " answered: "
                    + ClusterConnection.rootMessage(e), e);
        }
    }

    abstract void run(ClusterConnection cluster) throws Exception;

    /** The topology's name: {@code shellgen.topology}, or the project's only topology. */
    String topologyName() throws MojoFailureException {
        if (topology != null && !topology.isBlank()) {
            return topology.strip();
        }
        Optional<Path> output = projectOutput();
        if (output.isPresent()) {
            try {
                Map<String, String> all = ProjectTopologies.in(output.get()).all();
                if (all.size() == 1) {
                    return all.keySet().iterator().next();
                }
                if (all.size() > 1) {
                    throw new MojoFailureException("The project has " + all.size() + " topologies: "
                            + String.join(", ", all.keySet()) + ". Name one with -Dshellgen.topology=<name>.");
                }
            } catch (IOException e) {
                getLog().debug("Cannot read the project's topologies: " + e);
            }
        }
        throw new MojoFailureException("Which topology? Name it with -Dshellgen.topology=<name> (mvn shellgen:list"
                + " lists those on the cluster).");
    }

    /** The project's jar when it has been packaged, else its class output, if built. */
    Optional<Path> projectOutput() {
        File artifact = project.getArtifact().getFile();
        if (artifact != null && artifact.isFile() && artifact.getName().endsWith(".jar")) {
            return Optional.of(artifact.toPath());
        }
        Path jar = Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
        if (Files.isRegularFile(jar)) {
            return Optional.of(jar);
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        return Files.isDirectory(classes) ? Optional.of(classes) : Optional.empty();
    }

    /** Polls {@code condition} every half second until it holds, or fails after {@code limit} with {@code what}. */
    static boolean await(Duration limit, ClusterConnection.Call<Boolean> condition, ClusterConnection cluster)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (cluster.call(condition)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(500);
        }
    }

    static String duration(long seconds) {
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
