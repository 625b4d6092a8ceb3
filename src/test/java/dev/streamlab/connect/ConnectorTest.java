package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.testing.LocalDynamo;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The window's default connection: the DynamoDB Local already on the port, or one of its own there. */
class ConnectorTest {

    @Test
    void usesTheServerThatAlreadyListens() {
        int port = LocalDynamo.server().port();
        try (var connection = Connector.connectDefault(EmbeddedOptions.inMemory(port))) {
            assertThat(connection.embedded()).isEmpty();
            assertThat(connection.describe()).isEqualTo("DynamoDB Local at http://localhost:" + port);
            assertThat(connection.clients().dynamo().listTables().tableNames()).isNotNull();
        }
    }

    @Test
    void startsAnEmbeddedServerWhenNothingListensAndStopsItOnClose() throws IOException {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try (var connection = Connector.connectDefault(EmbeddedOptions.inMemory(port))) {
            assertThat(connection.embedded()).isPresent();
            assertThat(connection.describe()).isEqualTo("embedded DynamoDB Local on " + endpoint + " (in memory)");
            assertThat(connection.clients().dynamo().listTables().tableNames()).isEmpty();
        }
        assertThat(EndpointProbe.isListening(endpoint, Duration.ofSeconds(1))).isFalse();
    }
}
