package io.github.shellgen.testing;

import io.github.shellgen.runtime.StateKeySerializer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.storm.state.DefaultStateEncoder;
import org.apache.storm.state.DefaultStateSerializer;
import redis.clients.jedis.Jedis;

/**
 * A real {@code redis-server}, started as a child process on a free port of 127.0.0.1 for a test of
 * stateful bolts whose state is in Redis (storm-redis' {@code RedisKeyValueStateProvider}), and
 * stopped, by its pid, by {@link #close()}. Nothing is saved to disk.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServer.start(dir)) {
 *     TopologyRun run = LocalTopology.of(StatefulCountTopology.class)
 *             .withConfig(RedisServer.STATE_CONFIG_KEY, redis.stateConfig())
 *             .run();
 *     Map<String, Map<String, String>> byTask = redis.states("counter"); // key -> JSON text
 * }
 * }</pre>
 *
 * <p>{@code redis-server} must be on the {@code PATH} (Debian: {@code apt-get install redis-server}).
 */
public final class RedisServer implements AutoCloseable {

    /** The key of the state provider's configuration, which {@link #stateConfig()} is a value of. */
    public static final String STATE_CONFIG_KEY = "topology.state.provider.config";
    private static final String HOST = "127.0.0.1";
    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code redis-server} on a free port of 127.0.0.1, with {@code dir} as its working folder
     * (its log goes there), and waits until it answers.
     */
    public static RedisServer start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", HOST,
                    "--protected-mode", "yes", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--logfile", "redis.log", "--daemonize", "no"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.out").toFile())
                    .start();
        } catch (IOException e) {
            throw new IOException(TestingMessage.REDIS_MISSING.format(e.getMessage()), e);
        }
        RedisServer server = new RedisServer(process, port);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            try (Jedis jedis = server.client()) {
                if ("PONG".equals(jedis.ping())) {
                    return server;
                }
            } catch (RuntimeException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IOException(TestingMessage.REDIS_NOT_STARTED.format(port, START_LIMIT.toSeconds(),
                            dir.resolve("redis.log")), notYet);
                }
            }
            Thread.sleep(50);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * storm-redis' provider configuration for this server, with the keys as storm-shellgen's
     * stateful bolts keep them (UTF-8 text): the value of {@link #STATE_CONFIG_KEY}.
     */
    public String stateConfig() {
        return "{\"jedisPoolConfig\":{\"host\":\"" + HOST + "\",\"port\":" + port + "},\"keySerializerClass\":\""
                + StateKeySerializer.class.getName() + "\"}";
    }

    /**
     * The committed state of each task of a stateful bolt, by its namespace ({@code component-task},
     * as Storm names it): each key's JSON text as the script put it. What is prepared and not yet
     * committed is left out.
     */
    public Map<String, Map<String, String>> states(String componentId) {
        Pattern namespace = Pattern.compile(Pattern.quote(componentId) + "-\\d+");
        DefaultStateEncoder<String, String> encoder =
                new DefaultStateEncoder<>(new StateKeySerializer(), new DefaultStateSerializer<>());
        Map<String, Map<String, String>> states = new TreeMap<>();
        try (Jedis jedis = client()) {
            for (String key : jedis.keys(componentId + "-*")) {
                if (!namespace.matcher(key).matches()) {
                    continue; // its $prepare and $txid hashes
                }
                Map<String, String> state = new TreeMap<>();
                jedis.hgetAll(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).forEach((k, v) -> {
                    String value = encoder.decodeValue(v);
                    if (value != null) { // (a deleted key's tombstone)
                        state.put(encoder.decodeKey(k), value);
                    }
                });
                states.put(key, state);
            }
        }
        return states;
    }

    /** Removes every key: the next topology starts with no state. */
    public void flush() {
        try (Jedis jedis = client()) {
            jedis.flushAll();
        }
    }

    private Jedis client() {
        return new Jedis(HOST, port, 2_000);
    }

    /** Stops the server (by its pid), and waits for it to end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
