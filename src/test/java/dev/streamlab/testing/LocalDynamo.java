package dev.streamlab.testing;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real, in-memory DynamoDB Local per test JVM, on a free port, shared by every test.
 * Tests keep apart by giving their tables unique names.
 */
public final class LocalDynamo {

    private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();
    private static EmbeddedDynamoDb server;
    private static Clients clients;

    private LocalDynamo() {
    }

    public static synchronized EmbeddedDynamoDb server() {
        if (server == null) {
            server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0)).closeOnShutdown();
        }
        return server;
    }

    public static URI endpoint() {
        return server().endpoint();
    }

    public static ConnectionProfile profile() {
        return ConnectionProfile.local(endpoint());
    }

    public static synchronized Clients clients() {
        if (clients == null) {
            clients = ClientFactory.open(profile());
        }
        return clients;
    }

    /** A table name no other test uses, e.g. "orders-17". */
    public static String uniqueTableName(String prefix) {
        return prefix + "-" + TABLE_COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }
}
