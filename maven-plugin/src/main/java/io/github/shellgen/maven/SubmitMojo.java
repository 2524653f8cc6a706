package io.github.shellgen.maven;

import io.github.shellgen.runtime.RuntimeConfig;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.storm.blobstore.AtomicOutputStream;
import org.apache.storm.blobstore.BlobStoreAclHandler;
import org.apache.storm.blobstore.NimbusBlobStore;
import org.apache.storm.generated.ExecutorSummary;
import org.apache.storm.generated.KeyNotFoundException;
import org.apache.storm.generated.SettableBlobMeta;
import org.apache.storm.generated.TopologyInfo;
import org.apache.storm.generated.TopologySummary;

/**
 * Submits the project's topology to a Storm cluster, as {@code storm jar} does, with no Storm
 * installation: the project's jar is uploaded by Storm's own {@code StormSubmitter}, run in a JVM of
 * the goal's with the jar first on its class path, through the generated main or, with
 * {@code -Dshellgen.flux}, stock Flux and the generated YAML ({@code -Dshellgen.filter=FILE}: the
 * {@code .filter.yaml} with your properties, the deploy-time overrides). The goal then waits until
 * every executor of the topology runs in a worker, or fails with what Nimbus said: a name already
 * taken, a configuration it refused, no room to schedule it.
 *
 * <p>When {@code shellgen:vendor} packed the Python packages for the blob store
 * ({@code -Dshellgen.packagesTo=blobstore}), the archive is uploaded once (its key names its digest)
 * and mapped into every worker, where storm-shellgen's Python runtime finds it.
 */
@Mojo(name = "submit", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class SubmitMojo extends ClusterMojo {

    private static final String FLUX_MAIN = "org.apache.storm.flux.Flux";

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Submit through stock Flux and the generated YAML ({@code /<name>.yaml} in the jar) instead of the generated main. */
    @Parameter(property = "shellgen.flux", defaultValue = "false")
    boolean flux;

    /** A properties file for the generated {@code <name>.filter.yaml} (Flux's {@code --filter}): parallelism and settings. */
    @Parameter(property = "shellgen.filter")
    File filter;

    /** Topology settings, {@code key=value,key=value} with JSON values, as {@code storm jar -c}. */
    @Parameter(property = "shellgen.conf")
    String conf;

    /** Seconds to wait for every executor to run after the submission; 0: do not wait. */
    @Parameter(property = "shellgen.startLimit", defaultValue = "180")
    int startLimit;

    /** The Python packages packed for Storm's blob store by {@code shellgen:vendor} ({@code -Dshellgen.packagesTo=blobstore}). */
    @Parameter(property = "shellgen.packagesArchive", defaultValue = "${project.build.directory}/"
            + VendorMojo.BLOB_ARCHIVE)
    File packagesArchive;

    /** Seconds the topology may wait unassigned with no worker slot free before the goal fails saying so. */
    @Parameter(property = "shellgen.slotWait", defaultValue = "15")
    int slotWait;

    /** Extra JVM options for the submitter, separated by spaces. */
    @Parameter(property = "shellgen.jvmArgs")
    String jvmArgs;

    @Override
    void run(ClusterConnection cluster) throws Exception {
        Path jar = projectOutput().filter(p -> p.toString().endsWith(".jar")).orElseThrow(() ->
                new MojoFailureException("Nothing to submit: the project has no jar. Run `mvn package shellgen:submit`."));
        ProjectTopologies topologies = ProjectTopologies.in(jar);
        String mainClass;
        try {
            mainClass = topologies.choose(topology);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        String name = topologies.all().entrySet().stream().filter(e -> e.getValue().equals(mainClass))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Optional<TopologySummary> running = cluster.find(name);
        if (running.isPresent()) {
            throw new MojoFailureException("A topology named \"" + name + "\" already runs on Nimbus " + cluster.nimbus()
                    + " (" + running.get().get_id() + ", " + running.get().get_status() + ", up "
                    + duration(running.get().get_uptime_secs()) + "). Kill it first: mvn shellgen:kill -Dshellgen.topology="
                    + name + " (or mvn shellgen:rebalance to change it in place).");
        }
        Path work = Files.createDirectories(Path.of(project.getBuild().getDirectory(), "shellgen-submit"));
        List<String> options = new ArrayList<>();
        if (cluster.nimbusOverride() != null) {
            @SuppressWarnings("unchecked")
            List<Object> seeds = (List<Object>) cluster.conf().get("nimbus.seeds");
            options.add("nimbus.seeds=" + "[" + quote(seeds.get(0)) + "]");
            options.add("nimbus.thrift.port=" + cluster.conf().get("nimbus.thrift.port"));
        }
        if (packagesArchive.isFile()) {
            String key = uploadPackages(cluster, packagesArchive.toPath());
            options.add("topology.blobstore.map={" + quote(key) + ": {\"localname\": "
                    + quote(RuntimeConfig.BLOB_PACKAGES_NAME) + ", \"uncompress\": true}}");
        }
        if (conf != null && !conf.isBlank()) {
            // Split as Storm splits storm.options: at commas outside JSON arrays and objects.
            options.addAll(List.of(conf.strip().split(",(?![^\\[\\]{}]*(]|}))")));
        }
        List<String> command = command(cluster, jar, work, mainClass, name, options);
        Path output = work.resolve("submit-" + name + ".log");
        getLog().info("Submitting topology \"" + name + "\" (" + (flux || filter != null ? "stock Flux, /" + name
                + (filter != null ? ".filter.yaml with " + filter : ".yaml") : mainClass) + ") from " + jar
                + " to Nimbus " + cluster.nimbus());
        submit(command, output, name);
        TopologySummary submitted = awaitListed(cluster, name, output);
        getLog().info("Submitted: topology \"" + name + "\" has id " + submitted.get_id() + ".");
        if (startLimit > 0) {
            awaitRunning(cluster, submitted);
        }
        Object uiPort = cluster.conf().get("ui.port");
        getLog().info("Figures: mvn shellgen:status -Dshellgen.topology=" + name + "; errors and worker logs: mvn"
                + " shellgen:logs; stop it: mvn shellgen:kill. Storm UI, where it runs: http://<ui host>:" + uiPort
                + "/topology.html?id=" + submitted.get_id());
    }

    private List<String> command(ClusterConnection cluster, Path jar, Path work, String mainClass, String name,
            List<String> options) throws Exception {
        List<String> properties = new ArrayList<>();
        properties.add("-Dstorm.jar=" + jar);
        cluster.confFile().ifPresent(file -> properties.add("-Dstorm.conf.file=" + file));
        // A JAAS file or Kerberos configuration given to Maven's JVM (MAVEN_OPTS) reaches the submitter too.
        for (String key : List.of("java.security.auth.login.config", "java.security.krb5.conf")) {
            if (System.getProperty(key) != null) {
                properties.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        if (!options.isEmpty()) {
            // Each key=value URL-encoded, as the storm command passes -c options.
            properties.add("-Dstorm.options=" + String.join(",", options.stream()
                    .map(o -> URLEncoder.encode(o, StandardCharsets.UTF_8)).toList()));
        }
        List<String> command = ForkedJvm.command(project, plugin, jar, work, ForkedJvm.QUIET_LOG_CONFIG, jvmArgs,
                properties, getLog());
        if (flux || filter != null) {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getEntry(FLUX_MAIN.replace('.', '/') + ".class") == null) {
                    throw new MojoFailureException("The jar has no Flux (" + FLUX_MAIN + "), which -Dshellgen.flux and"
                            + " -Dshellgen.filter run: shade org.apache.storm:flux-core into it (see docs/getting-started.md), or"
                            + " submit through the generated main (without them).");
                }
                command.add(FLUX_MAIN);
                command.add("--remote");
                if (filter != null) {
                    if (!filter.isFile()) {
                        throw new MojoFailureException("shellgen.filter is " + filter + ", which is not a file: give the"
                                + " properties for " + name + ".filter.yaml (" + name + ".properties in the jar has every"
                                + " key with its default).");
                    }
                    Path yaml = work.resolve(name + ".filter.yaml");
                    var entry = file.getEntry(name + ".filter.yaml");
                    if (entry == null) {
                        throw new MojoFailureException("The jar has no " + name + ".filter.yaml: build it with this"
                                + " version of shellgen-processor.");
                    }
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, yaml, StandardCopyOption.REPLACE_EXISTING);
                    }
                    command.addAll(List.of("--filter", filter.getAbsolutePath(), yaml.toString()));
                } else {
                    command.addAll(List.of("-R", "/" + name + ".yaml"));
                }
            }
        } else {
            command.add(mainClass);
            command.add(name);
        }
        return command;
    }

    /** Runs the submitter; on failure, the reason Nimbus or the submitter gave, and where its whole output is. */
    private void submit(List<String> command, Path output, String name) throws Exception {
        // The settings may hold secrets: even at debug level, only their keys.
        getLog().debug("storm-shellgen: " + String.join(" ", command.stream().map(a -> a.startsWith("-Dstorm.options=")
                ? "-Dstorm.options=<" + settingKeys(a) + ">" : a).toList()));
        Process process = new ProcessBuilder(command).directory(project.getBasedir()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                throw new MojoFailureException("The submitter of \"" + name + "\" did not end within 300 s (uploading"
                        + " the jar to Nimbus?); it was stopped. Its output: " + output);
            }
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            String reason = lines.stream().filter(l -> l.contains("Exception") && !l.strip().startsWith("at "))
                    .map(l -> l.strip().replaceFirst("^(Exception in thread \"[^\"]*\" |Caused by: )", "").replaceAll("[.\\s]+$", ""))
                    .reduce((first, last) -> last).orElse("exit status " + process.exitValue());
            throw new MojoFailureException("Topology \"" + name + "\" was not submitted: " + reason + ". The submitter's"
                    + " whole output: " + output);
        }
    }

    private TopologySummary awaitListed(ClusterConnection cluster, String name, Path output) throws Exception {
        boolean listed = await(Duration.ofSeconds(30), n -> n.getClusterInfo().get_topologies().stream()
                .anyMatch(t -> t.get_name().equals(name)), cluster);
        if (!listed) {
            throw new MojoFailureException("The submitter ended, but Nimbus does not list \"" + name + "\". The submitter's"
                    + " output: " + output);
        }
        return cluster.find(name).orElseThrow();
    }

    /** Waits until each executor has reported to Nimbus from its worker; fails early when the scheduler has no room. */
    private void awaitRunning(ClusterConnection cluster, TopologySummary submitted) throws Exception {
        String id = submitted.get_id();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(startLimit).toNanos();
        String lastState = "";
        long noSlotSince = 0;
        while (System.nanoTime() < deadline) {
            TopologyInfo info = cluster.call(n -> n.getTopologyInfo(id));
            String scheduler = info.is_set_sched_status() ? info.get_sched_status() : "";
            if (scheduler.contains("Not enough resources") || scheduler.contains("Unsuccessful")) {
                throw new MojoFailureException("Nimbus cannot schedule \"" + submitted.get_name() + "\": " + scheduler
                        + ". It stays submitted, waiting for room: free some (mvn shellgen:list, mvn shellgen:kill), add"
                        + " supervisors, or ask for less (topology.workers, the components' memory), then submit again"
                        + " after mvn shellgen:kill.");
            }
            List<ExecutorSummary> executors = info.get_executors();
            // Not assigned, and no slot free: the scheduler has no worker to give it (for slotWait, in case
            // one is being freed).
            if (executors.isEmpty()) {
                ClusterConnection.Slots slots = cluster.call(n -> ClusterConnection.Slots.of(n.getClusterInfo()));
                if (slots.used() < slots.all()) {
                    noSlotSince = 0;
                } else if (noSlotSince == 0) {
                    noSlotSince = System.nanoTime();
                } else if (System.nanoTime() - noSlotSince > Duration.ofSeconds(slotWait).toNanos()) {
                    throw new MojoFailureException("Nimbus cannot schedule \"" + submitted.get_name() + "\": no worker"
                            + " slot is free (all " + slots.all() + " slots of the cluster's Supervisors are in use, for "
                            + slotWait + " s, -Dshellgen.slotWait). It stays submitted, waiting for one: free one (mvn"
                            + " shellgen:list, then mvn shellgen:kill, or mvn shellgen:rebalance another topology to fewer"
                            + " workers), or add Supervisors or supervisor.slots.ports.");
                }
            }
            long up = executors.stream().filter(e -> e.get_uptime_secs() > 0 || e.is_set_stats()).count();
            if (!executors.isEmpty() && up == executors.size()) {
                TreeSet<String> workers = new TreeSet<>();
                executors.forEach(e -> workers.add(e.get_host() + ":" + e.get_port()));
                getLog().info("Running: " + executors.size() + " executors in " + workers.size() + " worker(s) ("
                        + String.join(", ", workers) + "), " + (System.nanoTime() - start) / 1_000_000_000L
                        + " s after the submission.");
                return;
            }
            lastState = up + " of " + executors.size() + " executors running" + (scheduler.isBlank() ? ""
                    : "; scheduler: " + scheduler);
            Thread.sleep(1000);
        }
        throw new MojoFailureException("Topology \"" + submitted.get_name() + "\" did not start within " + startLimit
                + " s (-Dshellgen.startLimit): " + lastState + ". It stays submitted; mvn shellgen:logs shows what its"
                + " components reported, and the Supervisor's log why a worker does not start.");
    }

    /**
     * Uploads the packed environment to Storm's blob store under a key naming its digest, unless a blob
     * of that key is there already (the same packages, uploaded before); returns the key.
     */
    private String uploadPackages(ClusterConnection cluster, Path archive) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        String key = RuntimeConfig.BLOB_PACKAGES_NAME + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16)
                + ".tgz";
        try (NimbusBlobStore store = new NimbusBlobStore()) {
            store.prepare(cluster.conf());
            try {
                store.getBlobMeta(key);
                getLog().info("Python packages: " + key + " is in the blob store already (the same archive).");
                return key;
            } catch (KeyNotFoundException absent) {
                // Upload it.
            }
            long size = Files.size(archive);
            try (InputStream in = Files.newInputStream(archive)) {
                AtomicOutputStream out = store.createBlob(key, new SettableBlobMeta(BlobStoreAclHandler.DEFAULT));
                try {
                    in.transferTo(out);
                    out.close();
                } catch (IOException | RuntimeException e) {
                    out.cancel();
                    throw e;
                }
            }
            getLog().info("Python packages: uploaded " + archive.getFileName() + " (" + size / 1024 + " KiB) to the blob"
                    + " store as " + key + "; every worker unpacks it once.");
            return key;
        }
    }

    /** The keys of a {@code -Dstorm.options=} argument, without their values. */
    private static String settingKeys(String argument) {
        return String.join(",", java.util.Arrays.stream(argument.substring("-Dstorm.options=".length()).split(","))
                .map(o -> java.net.URLDecoder.decode(o, StandardCharsets.UTF_8).split("=", 2)[0]).toList());
    }

    /** A JSON string. */
    private static String quote(Object text) {
        return "\"" + String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
