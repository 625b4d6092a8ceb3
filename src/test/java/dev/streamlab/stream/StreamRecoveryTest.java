package dev.streamlab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.data.CreateTableFile;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** What real streams and DynamoDB Local do to a reader: a table re-created, the server restarted. */
class StreamRecoveryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final PollingSettings QUICK = new PollingSettings(Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(1), Duration.ofMillis(200));

    private final CollectingProcessor processor = new CollectingProcessor();
    private final RecordingListener listener = new RecordingListener();

    @Test
    void aDroppedAndRecreatedTableIsFollowedOnItsNewStream() throws Exception {
        var clients = LocalDynamo.clients();
        var admin = new TableAdmin(clients.dynamo(), clients.profile());
        String table = LocalDynamo.uniqueTableName("recreated");
        admin.create(CreateTableFile.parse(tableJson(table), "test"));
        try (var follower = new StreamFollower(clients, table, StartingPosition.TRIM_HORIZON, processor,
                context(clients.streams()))) {
            follower.start();
            put(clients.dynamo(), table, "before");
            processor.awaitRecords(records -> records.size() == 1, DEADLINE);

            admin.drop(table, false);
            admin.create(CreateTableFile.parse(tableJson(table), "test"));
            put(clients.dynamo(), table, "after");

            var records = processor.awaitRecords(got -> got.size() == 2, DEADLINE);
            assertThat(records).extracting(r -> r.keys().get("id").s()).containsExactly("before", "after");
            assertThat(records.get(1).eventSourceArn()).isNotEqualTo(records.get(0).eventSourceArn());
            assertThat(listener.events()).anySatisfy(event -> assertThat(event).startsWith("replaced "));
        }
    }

    @Test
    void aRestartedServerIsReadOnFromTheCheckpoint(@TempDir Path data) throws Exception {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        var first = EmbeddedDynamoDb.start(EmbeddedOptions.onDisk(port, data));
        try (var clients = ClientFactory.open(ConnectionProfile.local(first.endpoint()))) {
            new TableAdmin(clients.dynamo(), clients.profile()).create(CreateTableFile.parse(tableJson("restarts"), "test"));
            try (var follower = new StreamFollower(clients, "restarts", StartingPosition.TRIM_HORIZON, processor,
                    context(clients.streams()))) {
                follower.start();
                put(clients.dynamo(), "restarts", "one");
                processor.awaitRecords(records -> records.size() == 1, DEADLINE);

                first.close();
                await(() -> listener.events().contains("outage"));
                try (var second = EmbeddedDynamoDb.start(EmbeddedOptions.onDisk(port, data))) {
                    put(clients.dynamo(), "restarts", "two");
                    var records = processor.awaitRecords(got -> got.size() >= 2, DEADLINE);
                    assertThat(records).extracting(r -> r.keys().get("id").s()).containsExactly("one", "two");
                    assertThat(listener.events()).containsSubsequence("outage", "recovered");
                }
            }
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Await.until("the outage report", DEADLINE, condition);
    }

    private ReaderContext context(DynamoDbStreamsClient streams) {
        return new ReaderContext(streams, new InMemoryCheckpoints(), listener, QUICK, Clock.systemUTC(),
                Waiter.SLEEP);
    }

    private static void put(DynamoDbClient dynamo, String table, String id) {
        dynamo.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS(id))));
    }

    private static String tableJson(String name) {
        return "{\"TableName\": \"" + name + "\", \"AttributeDefinitions\": [{\"AttributeName\": \"id\","
                + " \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}],"
                + " \"StreamSpecification\": {\"StreamEnabled\": true, \"StreamViewType\": \"NEW_IMAGE\"}}";
    }
}
