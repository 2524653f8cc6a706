package io.github.shellgen.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.storm.generated.Nimbus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the cluster goals look for Nimbus, and what they say when it is not there. */
class ClusterConnectionTest {

    @TempDir
    Path dir;

    @Test
    void theNimbusAddressGivenWinsOverTheStormYamlAndIsTheOnlyValuePrinted() throws Exception {
        Path yaml = dir.resolve("storm.yaml");
        Files.writeString(yaml, "nimbus.seeds: [\"from-file\"]\nnimbus.thrift.port: 7000\n"
                + "java.security.auth.login.config: \"/etc/secret/jaas.conf\"\n");

        ClusterConnection fromFile = ClusterConnection.of(null, yaml.toFile());
        assertThat(fromFile.conf().get("nimbus.seeds")).isEqualTo(List.of("from-file"));
        assertThat(fromFile.conf().get("java.security.auth.login.config")).isEqualTo("/etc/secret/jaas.conf");
        assertThat(fromFile.nimbus()).isEqualTo("from-file:7000 (from " + yaml.toAbsolutePath() + ")");

        ClusterConnection given = ClusterConnection.of("nimbus.example.com:6628", yaml.toFile());
        assertThat(given.conf().get("nimbus.seeds")).isEqualTo(List.of("nimbus.example.com"));
        assertThat(given.conf().get("nimbus.thrift.port")).isEqualTo(6628);
        assertThat(given.nimbus()).isEqualTo("nimbus.example.com:6628 (from -Dshellgen.nimbus)");
        assertThat(given.nimbus()).doesNotContain("jaas");
    }

    @Test
    void aMalformedAddressOrAMissingFileIsNamedWithTheFix() {
        MojoFailureException port = assertThrows(MojoFailureException.class,
                () -> ClusterConnection.of("nimbus.example.com:six", null));
        assertThat(port).hasMessageThat().contains("shellgen.nimbus is \"nimbus.example.com:six\": give host or host:port");

        MojoFailureException file = assertThrows(MojoFailureException.class,
                () -> ClusterConnection.of(null, dir.resolve("absent.yaml").toFile()));
        assertThat(file).hasMessageThat().contains("absent.yaml, which is not a file");
    }

    @Test
    void aNimbusThatIsNotThereIsNamedWithWhereTheAddressCameFrom() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        Path yaml = dir.resolve("storm.yaml");
        Files.writeString(yaml, "storm.nimbus.retry.times: 0\nstorm.nimbus.retry.interval.millis: 10\n");
        ClusterConnection cluster = ClusterConnection.of("127.0.0.1:" + port, yaml.toFile());

        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> cluster.call(Nimbus.Iface::getClusterInfo));
        assertThat(failure).hasMessageThat().startsWith("Cannot reach Nimbus at 127.0.0.1:" + port
                + " (from -Dshellgen.nimbus): ");
        assertThat(failure).hasMessageThat().contains("Check that Nimbus runs there");
    }
}
