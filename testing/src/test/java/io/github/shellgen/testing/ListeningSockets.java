package io.github.shellgen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets this JVM listens on, as "address:port", read from Linux's {@code /proc}: the
 * sockets among this process' file descriptors that {@code /proc/net/tcp} and {@code tcp6} list
 * in the LISTEN state.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static List<String> ofThisProcess() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] cells = line.trim().split("\\s+");
                if (cells[3].equals(LISTEN) && inodes.contains(cells[9])) {
                    listening.add(address(cells[1]));
                }
            }
        }
        return listening;
    }

    /** "0100007F:1F90" (little-endian words) as "127.0.0.1:8080"; IPv6 as its 32 hex digits. */
    private static String address(String cell) {
        String[] parts = cell.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String hex = parts[0];
        if (hex.length() == 8) {
            return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
                    + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16)
                    + ":" + port;
        }
        return switch (hex) {
            case "00000000000000000000000000000000" -> "[::]:" + port;
            case "00000000000000000000000001000000" -> "[::1]:" + port;
            case "0000000000000000FFFF00000100007F" -> "[::ffff:127.0.0.1]:" + port;
            default -> "[" + hex + "]:" + port;
        };
    }

    /** Whether an address from {@link #ofThisProcess()} is on the loopback interface only. */
    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.startsWith("[::1]") || address.startsWith("[::ffff:127.");
    }
}
