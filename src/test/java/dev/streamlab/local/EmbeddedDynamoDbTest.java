package dev.streamlab.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.connect.EndpointProbe;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDynamoDbTest {

    @Test
    void listensOnLoopbackOnly() throws Exception {
        int port = LocalDynamo.server().port();
        assertThat(EndpointProbe.isListening(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1))).isTrue();

        Optional<InetAddress> outward = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !isLoopback(nic))
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(Inet4Address.class::isInstance)
                .findFirst();
        assumeTrue(outward.isPresent(), "this machine has no non-loopback IPv4 address to try");
        URI viaNetwork = URI.create("http://" + outward.get().getHostAddress() + ":" + port);
        assertThat(EndpointProbe.isListening(viaNetwork, Duration.ofSeconds(1))).isFalse();
    }

    @Test
    void aTakenPortIsOneClearSentence() {
        int taken = LocalDynamo.server().port();
        assertThatThrownBy(() -> EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(taken)))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Port " + taken + " on 127.0.0.1 is already in use: stop what listens there"
                        + " or choose another port with --port.");
    }

    @Test
    void tablesSurviveARestartOnADataFolder(@TempDir Path data) {
        try (var first = EmbeddedDynamoDb.start(EmbeddedOptions.onDisk(0, data));
             var clients = ClientFactory.open(ConnectionProfile.local(first.endpoint()))) {
            clients.dynamo().createTable(r -> r.tableName("kept")
                    .keySchema(k -> k.attributeName("id").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .billingMode("PAY_PER_REQUEST"));
        }
        try (var second = EmbeddedDynamoDb.start(EmbeddedOptions.onDisk(0, data));
             var clients = ClientFactory.open(ConnectionProfile.local(second.endpoint()))) {
            assertThat(clients.dynamo().listTables().tableNames()).containsExactly("kept");
        }
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return nic.isLoopback() || !nic.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
