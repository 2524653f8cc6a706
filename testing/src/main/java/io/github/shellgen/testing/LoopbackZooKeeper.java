package io.github.shellgen.testing;

import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.storm.Config;
import org.apache.storm.shade.org.apache.zookeeper.server.NIOServerCnxnFactory;
import org.apache.storm.shade.org.apache.zookeeper.server.ZooKeeperServer;

/**
 * The in-process ZooKeeper a local run's cluster uses, on 127.0.0.1 and a free port. Storm's
 * {@code LocalCluster} starts its own on all interfaces and port 2000 (unauthenticated, reachable
 * from the network a laptop is on, and two runs at once collide); given
 * {@value Config#STORM_ZOOKEEPER_SERVERS} in its daemon configuration it uses that one instead.
 */
final class LoopbackZooKeeper implements AutoCloseable {

    private static final int TICK_MILLIS = 2_000;
    private static final int MAX_CLIENTS = 1_000;

    private final Path folder;
    private final NIOServerCnxnFactory factory;

    private LoopbackZooKeeper(Path folder, NIOServerCnxnFactory factory) {
        this.folder = folder;
        this.factory = factory;
    }

    /** Starts a server; its data lives in a new folder under {@code java.io.tmpdir}, deleted by {@link #close()}. */
    static LoopbackZooKeeper start() throws Exception {
        Path folder = Files.createTempDirectory("shellgen-zookeeper");
        File data = folder.toFile();
        NIOServerCnxnFactory factory = new NIOServerCnxnFactory();
        try {
            factory.configure(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), MAX_CLIENTS);
            factory.startup(new ZooKeeperServer(data, data, TICK_MILLIS));
        } catch (Exception | Error e) {
            factory.shutdown();
            delete(folder);
            throw e;
        }
        return new LoopbackZooKeeper(folder, factory);
    }

    /** The daemon configuration that points a {@code LocalCluster} at this server, added to {@code conf}. */
    Map<String, Object> daemonConf(Map<String, Object> conf) {
        Map<String, Object> withServer = new HashMap<>(conf);
        withServer.put(Config.STORM_ZOOKEEPER_SERVERS, List.of(InetAddress.getLoopbackAddress().getHostAddress()));
        withServer.put(Config.STORM_ZOOKEEPER_PORT, factory.getLocalPort());
        return withServer;
    }

    @Override
    public void close() throws Exception {
        factory.shutdown();
        delete(folder);
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
