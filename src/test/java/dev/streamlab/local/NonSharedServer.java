package dev.streamlab.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.net.URI;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

    /** Creates a table the way a tutorial's client would: under its own access key and region. */
    public void createTableAs(String accessKey, String region, String table) {
        try (var client = DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "x")))
                .build()) {
            client.createTable(r -> r.tableName(table)
                    .keySchema(k -> k.attributeName("id").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .billingMode("PAY_PER_REQUEST"));
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
