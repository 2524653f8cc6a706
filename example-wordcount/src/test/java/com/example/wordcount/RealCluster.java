package com.example.wordcount;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.storm.generated.ClusterSummary;
import org.apache.storm.generated.ComponentAggregateStats;
import org.apache.storm.generated.KillOptions;
import org.apache.storm.generated.Nimbus;
import org.apache.storm.generated.TopologyPageInfo;
import org.apache.storm.generated.TopologySummary;
import org.apache.storm.utils.NimbusClient;
import org.apache.storm.utils.Utils;

/**
 * A real Storm cluster on this machine, from Maven artifacts alone: ZooKeeper, Nimbus and a
 * Supervisor, each a {@code java} process of its own, on free ports, with every folder under
 * {@code dir}; the Supervisor starts worker JVMs, which start the topology's subprocesses.
 * {@link #close()} ends every one of those processes, by pid, whatever state the test left.
 *
 * <p>Storm 2.8.3 has no setting for the address Nimbus, the Supervisor and workers listen on (they
 * take every interface); ZooKeeper and everything the test connects to use 127.0.0.1.
 */
final class RealCluster implements AutoCloseable {

    static final String WORKER_MAIN = "org.apache.storm.daemon.worker.Worker";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Path dir;
    private final String stormClasspath;
    private final Path confFile;
    private final Path home;
    private final Path logs;
    private final int zookeeperPort;
    private final int nimbusPort;
    private final Map<String, Process> daemons = new LinkedHashMap<>();
    private final Map<String, Object> clientConf;

    private RealCluster(Path dir, String stormClasspath) throws IOException {
        this.dir = dir;
        this.stormClasspath = stormClasspath;
        this.home = Files.createDirectories(dir.resolve("storm-home"));
        this.logs = Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(home.resolve("log4j2"));
        copyResource("/cluster/worker.xml", home.resolve("log4j2/worker.xml"));
        copyResource("/cluster/cluster.xml", home.resolve("log4j2/cluster.xml"));
        this.zookeeperPort = freePort();
        this.nimbusPort = freePort();
        int supervisorPort = freePort();
        // One worker slot: the tests run one topology at a time, and one that finds the slot taken is not scheduled.
        int slot = freePort();
        this.confFile = dir.resolve("storm.yaml");
        Files.writeString(confFile, String.join("\n",
                "storm.zookeeper.servers: [\"127.0.0.1\"]",
                "storm.zookeeper.port: " + zookeeperPort,
                "nimbus.seeds: [\"localhost\"]",
                "nimbus.thrift.port: " + nimbusPort,
                "supervisor.thrift.port: " + supervisorPort,
                "supervisor.slots.ports: [" + slot + "]",
                "storm.local.hostname: \"localhost\"",
                "storm.local.dir: \"" + Files.createDirectories(dir.resolve("local")) + "\"",
                "storm.log.dir: \"" + logs + "\"",
                "supervisor.memory.capacity.mb: 8192",
                // Exact, prompt figures from Nimbus: every tuple counted, heartbeats every 5 s.
                "topology.stats.sample.rate: 1.0",
                "executor.metrics.frequency.secs: 5",
                "worker.childopts: \"-Xmx512m -Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")) + "\"",
                "") );
        this.clientConf = Utils.readDefaultConfig();
        clientConf.put("nimbus.seeds", List.of("localhost"));
        clientConf.put("nimbus.thrift.port", nimbusPort);
        clientConf.put("storm.zookeeper.servers", List.of("127.0.0.1"));
        clientConf.put("storm.zookeeper.port", zookeeperPort);
    }

    /** The storm.yaml of the cluster, which clients can read too (Nimbus' address). */
    Path confFile() {
        return confFile;
    }

    /** Nimbus' Thrift address, {@code 127.0.0.1:port}. */
    String nimbusAddress() {
        return "127.0.0.1:" + nimbusPort;
    }

    /** Starts ZooKeeper, Nimbus and a Supervisor, and waits until Nimbus sees the Supervisor's slots. */
    static RealCluster start(Path dir, String stormClasspath) throws Exception {
        RealCluster cluster = new RealCluster(dir, stormClasspath);
        try {
            // ZooKeeper as Storm shades it, on loopback only, without its admin web server.
            cluster.daemon("zookeeper", "org.apache.storm.shade.org.apache.zookeeper.server.ZooKeeperServerMain",
                    cluster.zookeeperConfig().toString());
            cluster.daemon("nimbus", "org.apache.storm.daemon.nimbus.Nimbus");
            cluster.daemon("supervisor", "org.apache.storm.daemon.supervisor.Supervisor");
            cluster.await("the Supervisor's slots to show in Nimbus", START_LIMIT, () -> {
                ClusterSummary summary = cluster.nimbus(Nimbus.Iface::getClusterInfo);
                return summary != null && summary.get_supervisors().stream().anyMatch(s -> s.get_num_workers() > 0);
            });
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * Runs {@code mainClass} with the application jar first on the class path, then Storm's, as
     * {@code storm jar} does, and waits for it to end (a submitter returns once Nimbus has the topology).
     */
    String submit(Path jar, String mainClass, String... args) throws Exception {
        return submitWith("", jar, mainClass, args);
    }

    /** {@link #submit}, with more of the topology's configuration ({@code key=value,...}, as {@code storm jar -c}). */
    String submitWith(String options, Path jar, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m",
                "-cp", jar + java.io.File.pathSeparator + stormClasspath,
                "-Dstorm.jar=" + jar,
                "-Dstorm.conf.file=" + confFile,
                // Every emit in the worker log, so a test can read what each component sent.
                "-Dstorm.options=topology.debug=true" + (options.isEmpty() ? "" : "," + options),
                "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                mainClass));
        command.addAll(List.of(args));
        Path output = logs.resolve("submit-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("The submitter did not end within 120 s: " + tail(output, 30));
            }
        } finally {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        if (process.exitValue() != 0) {
            throw new AssertionError("The submitter exited with status " + process.exitValue() + ":\n" + tail(output, 40));
        }
        return printed;
    }

    /** The id Nimbus gave the running topology {@code name}, once it has one. */
    String topologyId(String name) throws Exception {
        await("topology " + name + " to be known to Nimbus", START_LIMIT, () -> find(name).isPresent());
        return find(name).orElseThrow().get_id();
    }

    private Optional<TopologySummary> find(String name) throws Exception {
        ClusterSummary summary = nimbus(Nimbus.Iface::getClusterInfo);
        return summary.get_topologies().stream().filter(t -> t.get_name().equals(name)).findFirst();
    }

    /** Per component id, Nimbus' all-time figures: emitted, executed (bolts), acked, failed. */
    Map<String, Figures> figures(String topologyId) throws Exception {
        TopologyPageInfo page = nimbus(n -> n.getTopologyPageInfo(topologyId, ":all-time", false));
        Map<String, Figures> figures = new HashMap<>();
        page.get_id_to_spout_agg_stats().forEach((id, stats) -> figures.put(id, Figures.of(stats, false)));
        page.get_id_to_bolt_agg_stats().forEach((id, stats) -> figures.put(id, Figures.of(stats, true)));
        return figures;
    }

    /** What Nimbus reports of one component. */
    record Figures(long emitted, long executed, long acked, long failed) {
        static Figures of(ComponentAggregateStats stats, boolean bolt) {
            var common = stats.get_common_stats();
            long executed = bolt && stats.is_set_specific_stats() ? stats.get_specific_stats().get_bolt().get_executed() : 0;
            return new Figures(common.get_emitted(), executed, common.get_acked(), common.get_failed());
        }
    }

    /** The worker JVMs of {@code topologyId} the Supervisor started. */
    List<ProcessHandle> workers(String topologyId) {
        return daemons.get("supervisor").descendants()
                .filter(p -> {
                    String command = commandLine(p);
                    // The Supervisor's child is Storm's LogWriter, whose arguments are the worker's command.
                    return command.contains(" " + WORKER_MAIN + " " + topologyId + " ")
                            && !command.contains("org.apache.storm.LogWriter");
                })
                .toList();
    }

    /**
     * The whole command line, from {@code /proc}: {@code ProcessHandle.Info} cuts it at a few
     * kilobytes, before a worker's class path ends.
     */
    static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // it has ended
        }
    }

    /** Every process below the Supervisor: workers and their subprocesses. */
    List<ProcessHandle> supervisorDescendants() {
        Process supervisor = daemons.get("supervisor");
        return supervisor == null ? List.of() : supervisor.descendants().filter(ProcessHandle::isAlive).toList();
    }

    /** Kills the topology at once, and waits until its workers have ended. */
    void kill(String name, String topologyId) throws Exception {
        KillOptions options = new KillOptions();
        options.set_wait_secs(0);
        nimbus(n -> {
            n.killTopologyWithOpts(name, options);
            return null;
        });
        await("the workers of " + name + " to end", Duration.ofSeconds(60), () -> workers(topologyId).isEmpty());
    }

    /** The worker log of the topology's worker on each slot, read now. */
    List<String> workerLogs(String topologyId) throws IOException {
        Path artifacts = logs.resolve("workers-artifacts").resolve(topologyId);
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(artifacts)) {
            try (var ports = Files.list(artifacts)) {
                for (Path port : ports.sorted().toList()) {
                    Path log = port.resolve("worker.log");
                    if (Files.exists(log)) {
                        texts.add(Files.readString(log));
                    }
                }
            }
        }
        return texts;
    }

    /** Polls {@code condition} (a Nimbus call may fail while things start) until it holds or {@code limit} passes. */
    void await(String what, Duration limit, Check condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
                last = null;
            } catch (Exception e) {
                last = e;
            }
            for (Map.Entry<String, Process> daemon : daemons.entrySet()) {
                if (!daemon.getValue().isAlive()) {
                    throw new AssertionError("Waiting for " + what + ", the " + daemon.getKey() + " exited with status "
                            + daemon.getValue().exitValue() + ":\n" + tail(logs.resolve(daemon.getKey() + ".out"), 40));
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what + (last == null ? "" : "; last: " + last)
                + "\nnimbus: " + tail(logs.resolve("nimbus.log"), 10) + "\nsupervisor: "
                + tail(logs.resolve("supervisor.log"), 10).replaceAll("-cp '[^']*'", "-cp ..."));
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    @FunctionalInterface
    interface NimbusCall<T> {
        T call(Nimbus.Iface nimbus) throws Exception;
    }

    <T> T nimbus(NimbusCall<T> call) throws Exception {
        try (NimbusClient client = NimbusClient.Builder.withConf(clientConf).buildWithNimbusHostPort("127.0.0.1",
                nimbusPort)) {
            return call.call(client.getClient());
        }
    }

    /**
     * Ends everything this cluster started: the topologies' workers and their subprocesses (asked to
     * end through Nimbus first, then by pid), the Supervisor, Nimbus and ZooKeeper.
     */
    @Override
    public void close() {
        List<ProcessHandle> below = new ArrayList<>(supervisorDescendants());
        try {
            if (daemons.containsKey("nimbus") && daemons.get("nimbus").isAlive()) {
                ClusterSummary summary = nimbus(Nimbus.Iface::getClusterInfo);
                for (TopologySummary topology : summary.get_topologies()) {
                    kill(topology.get_name(), topology.get_id());
                }
            }
        } catch (Exception | AssertionError e) {
            // Ended by pid below.
        }
        below.addAll(supervisorDescendants());
        List<Process> started = new ArrayList<>(daemons.values());
        java.util.Collections.reverse(started); // Supervisor, Nimbus, then ZooKeeper
        for (Process daemon : started) {
            end(daemon.toHandle());
        }
        below.forEach(RealCluster::end);
    }

    /** SIGTERM, up to 10 s, then SIGKILL, and waits for it. */
    private static void end(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    private Path zookeeperConfig() throws IOException {
        Path config = dir.resolve("zoo.cfg");
        Files.writeString(config, String.join("\n",
                "tickTime=2000",
                "dataDir=" + Files.createDirectories(dir.resolve("zookeeper")),
                "clientPort=" + zookeeperPort,
                "clientPortAddress=127.0.0.1",
                "admin.enableServer=false",
                ""));
        return config;
    }

    private void daemon(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m",
                "-cp", stormClasspath,
                "-Dstorm.conf.file=" + confFile,
                "-Dstorm.home=" + home,
                "-Dstorm.log.dir=" + logs,
                "-Dlogfile.name=" + name + ".log",
                "-Dlog4j.configurationFile=" + home.resolve("log4j2/cluster.xml"),
                "-Dzookeeper.admin.enableServer=false",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Without a Storm installation the worker's framework class path is this variable alone.
        builder.environment().put("STORM_EXT_CLASSPATH", stormClasspath);
        builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".out").toFile());
        daemons.put(name, builder.start());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = RealCluster.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
