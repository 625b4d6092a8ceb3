package dev.streamlab.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.net.URI;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A DynamoDB Local started the way tutorials start it, without -sharedDb (each access key and region
 * has its own tables), on loopback and a free port: what users of other GUIs trip over.
 */
public final class NonSharedServer implements AutoCloseable {

    private final DynamoDBProxyServer proxy;
    private final ServerConnector connector;

    public NonSharedServer() throws Exception {
        var requests = new LocalDynamoDBRequestHandler(0, true, null, false, false);
        proxy = new DynamoDBProxyServer(8000, new LocalDynamoDBServerHandler(requests, null));
        var jetty = JettyAccess.serverOf(proxy);
        connector = (ServerConnector) jetty.getConnectors()[0];
        connector.setHost(EmbeddedDynamoDb.LOOPBACK);
        connector.setPort(0);
        jetty.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
