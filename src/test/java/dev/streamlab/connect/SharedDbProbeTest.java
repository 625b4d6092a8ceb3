package dev.streamlab.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.local.NonSharedServer;
import org.junit.jupiter.api.Test;

class SharedDbProbeTest {

    @Test
    void saysWhereTablesAreOnAServerWithoutSharedDb() throws Exception {
        try (var server = new NonSharedServer()) {
            var profile = ConnectionProfile.local(server.endpoint());
            server.createTableAs("fakeMyKeyId", "localhost", "Music");

            try (var clients = ClientFactory.open(profile)) {
                assertThat(clients.dynamo().listTables().tableNames()).isEmpty();
            }
            assertThat(SharedDbProbe.explainEmpty(profile)).hasValueSatisfying(sentence -> assertThat(sentence)
                    .contains("without -sharedDb")
                    .contains("1 under key \"fakeMyKeyId\" in region localhost")
                    .endsWith("to see them all."));
        }
    }

    @Test
    void saysNothingWhenTheServerSharesOneDatabase() {
        try (var empty = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0))) {
            assertThat(SharedDbProbe.explainEmpty(ConnectionProfile.local(empty.endpoint()))).isEmpty();
        }
    }
}
