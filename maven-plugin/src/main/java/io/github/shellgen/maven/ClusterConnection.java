package io.github.shellgen.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.storm.generated.ClusterSummary;
import org.apache.storm.generated.Nimbus;
import org.apache.storm.generated.SupervisorSummary;
import org.apache.storm.generated.TopologySummary;
import org.apache.storm.utils.NimbusClient;
import org.apache.storm.utils.Utils;

/**
 * How the cluster goals reach Nimbus, with Storm's own client ({@code NimbusClient}) and Storm's
 * own configuration: Storm's defaults, then the {@code storm.yaml} given (or the user's
 * {@code ~/.storm/storm.yaml}, as the {@code storm} command reads it), then the Nimbus address
 * given as {@code -Dshellgen.nimbus}. Whatever the file says about security (a Thrift transport
 * plug-in, {@code java.security.auth.login.config} and its JAAS file, Kerberos principals) is
 * passed to Storm's client as it is: the goals never read, print or log any value of it but the
 * Nimbus address.
 */
final class ClusterConnection {

    /** Where the {@code storm} command finds a user's client configuration. */
    static final Path USER_STORM_YAML = Path.of(System.getProperty("user.home"), ".storm", "storm.yaml");

    private final Map<String, Object> conf;
    private final Optional<Path> confFile;
    private final String nimbusOverride;

    private ClusterConnection(Map<String, Object> conf, Optional<Path> confFile, String nimbusOverride) {
        this.conf = conf;
        this.confFile = confFile;
        this.nimbusOverride = nimbusOverride;
    }

    /**
     * @param nimbus {@code host} or {@code host:port}, or null for the configuration's {@code nimbus.seeds}
     * @param stormYaml the client configuration, or null for {@code ~/.storm/storm.yaml} if there is one
     */
    static ClusterConnection of(String nimbus, File stormYaml) throws MojoFailureException {
        Map<String, Object> conf = Utils.readDefaultConfig();
        Optional<Path> file = Optional.empty();
        if (stormYaml != null) {
            if (!stormYaml.isFile()) {
                throw new MojoFailureException("shellgen.stormConf is " + stormYaml + ", which is not a file. Point it at"
                        + " the storm.yaml of your cluster's clients.");
            }
            file = Optional.of(stormYaml.toPath().toAbsolutePath());
        } else if (Files.isRegularFile(USER_STORM_YAML)) {
            file = Optional.of(USER_STORM_YAML);
        }
        if (file.isPresent()) {
            try {
                conf.putAll(Utils.findAndReadConfigFile(file.get().toString(), true));
            } catch (RuntimeException e) {
                throw new MojoFailureException("Cannot read " + file.get() + " as Storm configuration (YAML): "
                        + e.getMessage());
            }
        }
        String override = null;
        if (nimbus != null && !nimbus.isBlank()) {
            override = nimbus.strip();
            String host = override;
            int colon = override.lastIndexOf(':');
            if (colon > 0) {
                host = override.substring(0, colon);
                try {
                    conf.put("nimbus.thrift.port", Integer.parseInt(override.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    throw new MojoFailureException("shellgen.nimbus is \"" + override + "\": give host or host:port"
                            + " (port a number), e.g. -Dshellgen.nimbus=nimbus.example.com:6627");
                }
            }
            conf.put("nimbus.seeds", List.of(host));
        }
        return new ClusterConnection(conf, file, override);
    }

    /** Storm's client configuration, with the Nimbus address; never printed. */
    Map<String, Object> conf() {
        return conf;
    }

    /** The {@code storm.yaml} read, if any: what a submitter JVM reads too ({@code storm.conf.file}). */
    Optional<Path> confFile() {
        return confFile;
    }

    /** The Nimbus address given as {@code -Dshellgen.nimbus}, or null. */
    String nimbusOverride() {
        return nimbusOverride;
    }

    /** Where Nimbus is, and where that was said: the one thing of the configuration the goals print. */
    String nimbus() {
        Object seeds = conf.get("nimbus.seeds");
        String hosts = seeds instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(seeds);
        String where = nimbusOverride != null ? "-Dshellgen.nimbus"
                : confFile.map(Path::toString).orElse("Storm's defaults; set -Dshellgen.nimbus=host:port");
        return hosts + ":" + conf.get("nimbus.thrift.port") + " (from " + where + ")";
    }

    @FunctionalInterface
    interface Call<T> {
        T on(Nimbus.Iface nimbus) throws Exception;
    }

    /** One call to Nimbus on a connection of its own; a failure to connect names the address and how to set it. */
    <T> T call(Call<T> call) throws Exception {
        NimbusClient client;
        try {
            client = NimbusClient.Builder.withConf(conf).build();
        } catch (RuntimeException e) {
            throw new MojoFailureException("Cannot reach Nimbus at " + nimbus() + ": " + rootMessage(e).replaceAll("[.?!]$", "")
                    + ". Check that Nimbus runs there, or give its address with -Dshellgen.nimbus=host:port (or"
                    + " nimbus.seeds and nimbus.thrift.port in the storm.yaml of -Dshellgen.stormConf).");
        }
        try (client) {
            return call.on(client.getClient());
        }
    }

    /** The running (or killed, not yet removed) topology called {@code name}, if Nimbus has one. */
    Optional<TopologySummary> find(String name) throws Exception {
        ClusterSummary summary = call(Nimbus.Iface::getClusterInfo);
        return summary.get_topologies().stream().filter(t -> t.get_name().equals(name)).findFirst();
    }

    /** {@link #find}, or a failure naming the topologies there are. */
    TopologySummary require(String name) throws Exception {
        Optional<TopologySummary> found = find(name);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> names = call(Nimbus.Iface::getClusterInfo).get_topologies().stream()
                .map(TopologySummary::get_name).sorted().toList();
        throw new MojoFailureException("No topology \"" + name + "\" runs on Nimbus " + nimbus() + "; "
                + (names.isEmpty() ? "none runs there." : "the ones there are: " + String.join(", ", names) + ".")
                + " Name one with -Dshellgen.topology=<name>.");
    }

    /** Worker slots on every Supervisor, as they last told Nimbus: those in use, and all of them. */
    record Slots(int used, int all) {
        static Slots of(ClusterSummary summary) {
            return new Slots(summary.get_supervisors().stream().mapToInt(SupervisorSummary::get_num_used_workers).sum(),
                    summary.get_supervisors().stream().mapToInt(SupervisorSummary::get_num_workers).sum());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return root == e || e.getMessage() == null ? message : e.getMessage() + " (" + message + ")";
    }
}
