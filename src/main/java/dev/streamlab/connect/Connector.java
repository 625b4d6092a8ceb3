package dev.streamlab.connect;

import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.model.UserInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Opens connections: to a given profile, or to the default local server (starting one if none runs). */
public final class Connector {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private Connector() {
    }

    /** Connects to a profile; a local endpoint that does not answer as DynamoDB is one clear sentence. */
    public static Connection connect(ConnectionProfile profile) {
        profile.endpoint().filter(e -> profile.isLocal()).ifPresent(Connector::requireListening);
        Clients clients = ClientFactory.open(profile);
        if (profile.isLocal()) {
            try {
                LocalAnswerCheck.require(clients);
            } catch (RuntimeException e) {
                clients.close();
                throw e;
            }
        }
        return new Connection(clients, Optional.empty());
    }

    /**
     * The GUI's default: the DynamoDB Local already listening on localhost:8000 (e.g. the seeds' docker
     * container), or else an embedded one started on 127.0.0.1:8000.
     */
    public static Connection connectDefault(EmbeddedOptions embeddedOptions) {
        URI endpoint = URI.create("http://localhost:" + embeddedOptions.port());
        if (EndpointProbe.isListening(endpoint, PROBE_TIMEOUT)) {
            return connect(ConnectionProfile.local(endpoint));
        }
        EmbeddedDynamoDb server = EmbeddedDynamoDb.start(embeddedOptions).closeOnShutdown();
        return new Connection(ClientFactory.open(ConnectionProfile.local(server.endpoint())), Optional.of(server));
    }

    private static void requireListening(URI endpoint) {
        if (!EndpointProbe.isListening(endpoint, PROBE_TIMEOUT)) {
            throw new UserInputException("Nothing answers at " + endpoint
                    + ": start DynamoDB Local there (`streamlab serve`, or the amazon/dynamodb-local container)"
                    + " or point --endpoint at one that runs.");
        }
    }
}
