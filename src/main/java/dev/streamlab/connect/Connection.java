package dev.streamlab.connect;

import dev.streamlab.local.EmbeddedDynamoDb;
import java.util.Optional;

/**
 * An open connection: the clients, and the embedded server when StreamLab started one itself.
 * Closing it closes the clients and stops that server.
 */
public record Connection(Clients clients, Optional<EmbeddedDynamoDb> embedded) implements AutoCloseable {

    public ConnectionProfile profile() {
        return clients.profile();
    }

    /** Which server this is, in words for the status line. */
    public String describe() {
        return embedded.map(server -> "embedded DynamoDB Local on " + server.endpoint()
                        + server.options().dataDir().map(dir -> " (data in " + dir + ")").orElse(" (in memory)"))
                .orElseGet(() -> profile().describe());
    }

    @Override
    public void close() {
        clients.close();
        embedded.ifPresent(EmbeddedDynamoDb::close);
    }
}
