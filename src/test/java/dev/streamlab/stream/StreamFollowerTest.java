package dev.streamlab.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.connect.Connection;
import dev.streamlab.model.UserInputException;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StreamFollowerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);
    /** The shared server, woken by writes; never closed here. */
    private static final Connection EMBEDDED = new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server()));
    /** The same server seen as any other endpoint: adaptive polling. */
    private static final Connection POLLING = new Connection(LocalDynamo.clients(), Optional.empty());

    private final CollectingProcessor processor = new CollectingProcessor();
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();

    @Test
    void drainGivesInsertModifyRemoveInOrderInLambdasShape() throws Exception {
        String table = TestTables.create("users", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
                """).name();
        var dynamo = LocalDynamo.clients().dynamo();
        var key = Map.of("Id", s("ID1"));
        dynamo.putItem(r -> r.tableName(table).item(Map.of("Id", s("ID1"), "Email", s("john@example.com"))));
        dynamo.updateItem(r -> r.tableName(table).key(key).updateExpression("SET Email = :e")
                .expressionAttributeValues(Map.of(":e", s("john@gmail.com"))));
        dynamo.deleteItem(r -> r.tableName(table).key(key));

        follower(table, StartingPosition.TRIM_HORIZON).drain();

        List<StreamRecord> records = processor.records();
        assertThat(records).extracting(StreamRecord::eventName).containsExactly("INSERT", "MODIFY", "REMOVE");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.keys()).isEqualTo(key);
            assertThat(record.streamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
            assertThat(record.eventSourceArn()).contains(":table/" + table + "/stream/");
        });
        assertThat(records.get(0).oldImage()).isEmpty();
        assertThat(records.get(1).oldImage()).hasValueSatisfying(old -> assertThat(old.get("Email")).isEqualTo(s("john@example.com")));
        assertThat(records.get(1).newImage()).hasValueSatisfying(now -> assertThat(now.get("Email")).isEqualTo(s("john@gmail.com")));
        assertThat(records.get(2).newImage()).isEmpty();
        assertThat(records).extracting(record -> new BigInteger(record.sequenceNumber())).isSorted();

        var json = LambdaEventJson.record(records.get(1));
        assertThat(json.get("eventVersion").asText()).isEqualTo("1.1");
        assertThat(json.get("eventSource").asText()).isEqualTo("aws:dynamodb");
        // The region the stream lives in, as its ARN names it (DynamoDB Local calls it "ddblocal").
        assertThat(json.get("awsRegion").asText()).isNotBlank()
                .isEqualTo(records.get(1).eventSourceArn().split(":")[3]);
        assertThat(json.at("/dynamodb/ApproximateCreationDateTime").isNumber()).isTrue();
        assertThat(json.at("/dynamodb/OldImage/Email/S").asText()).isEqualTo("john@example.com");
        assertThat(json.at("/dynamodb/Keys/Id/S").asText()).isEqualTo("ID1");
        assertThat(json.get("eventSourceARN").asText()).isEqualTo(records.get(1).eventSourceArn());
    }

    @Test
    void aKeysOnlyStreamCarriesOnlyKeys() throws Exception {
        String orders = TestTables.orders().name();
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(orders)
                .item(Map.of("Id", n("1"), "Amount", n("1000"), "Customer", s("Ann"))));

        follower(orders, StartingPosition.TRIM_HORIZON).drain();

        assertThat(processor.records()).singleElement().satisfies(record -> {
            assertThat(record.keys()).isEqualTo(Map.of("Id", n("1"), "Amount", n("1000")));
            assertThat(record.newImage()).isEmpty();
            assertThat(record.oldImage()).isEmpty();
        });
    }

    @Test
    void resumesAfterTheCheckpointWithoutRepeatingOrSkipping() throws Exception {
        String orders = TestTables.orders().name();
        put(orders, 1);
        put(orders, 2);
        follower(orders, StartingPosition.TRIM_HORIZON).drain();
        put(orders, 3);

        var again = new CollectingProcessor();
        new StreamFollower(EMBEDDED, orders, StartingPosition.TRIM_HORIZON, checkpoints, again,
                StreamListener.NONE).drain();

        assertThat(processor.records()).extracting(r -> r.keys().get("Id").n()).containsExactly("1", "2");
        assertThat(again.records()).extracting(r -> r.keys().get("Id").n()).containsExactly("3");
    }

    @Test
    void followingFromLatestSeesOnlyNewRecordsAsTheyArrive() throws Exception {
        String orders = TestTables.orders().name();
        put(orders, 1);
        try (var follower = follower(orders, StartingPosition.LATEST)) {
            follower.start();
            processor.awaitInitialized(DEADLINE);
            put(orders, 2);

            var seen = processor.awaitRecords(records -> !records.isEmpty(), DEADLINE);
            assertThat(seen).extracting(r -> r.keys().get("Id").n()).containsExactly("2");
        }
    }

    @Test
    void followingByPollingDeliversEachNewRecordInOrder() throws Exception {
        String orders = TestTables.orders().name();
        try (var follower = new StreamFollower(POLLING, orders, StartingPosition.TRIM_HORIZON, checkpoints, processor,
                StreamListener.NONE)) {
            follower.start();
            for (int id = 1; id <= 30; id++) {
                put(orders, id);
            }
            var records = processor.awaitRecords(got -> got.size() >= 30, DEADLINE);
            assertThat(records).extracting(r -> Integer.parseInt(r.keys().get("Id").n()))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
        }
    }

    @Test
    void aWriteToTheEmbeddedServerWakesAnIdleReader() throws Exception {
        String orders = TestTables.orders().name();
        // Idle polls an hour apart: only the write's wake-up can bring the record in time.
        var sleepy = new PollingSettings(Duration.ofMillis(2), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofHours(1));
        var context = new ReaderContext(LocalDynamo.clients().streams(), checkpoints, StreamListener.NONE, sleepy,
                Clock.systemUTC(), Waiter.onWrites(LocalDynamo.server().writes()));
        try (var follower = new StreamFollower(LocalDynamo.clients(), orders, StartingPosition.TRIM_HORIZON, processor,
                context)) {
            follower.start();
            processor.awaitInitialized(DEADLINE);
            put(orders, 7);

            var records = processor.awaitRecords(got -> !got.isEmpty(), DEADLINE);
            assertThat(records).extracting(r -> r.keys().get("Id").n()).containsExactly("7");
        }
    }

    @Test
    void aTableWithoutAStreamIsOneSentence() {
        String plain = TestTables.create("nostream", """
                {"TableName": "$TABLE",
                 "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
                """).name();
        assertThatThrownBy(() -> follower(plain, StartingPosition.TRIM_HORIZON).drain())
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Table " + plain + " has no stream: enable one");
    }

    private StreamFollower follower(String table, StartingPosition start) {
        return new StreamFollower(EMBEDDED, table, start, checkpoints, processor, StreamListener.NONE);
    }

    private static void put(String orders, int id) {
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(orders)
                .item(Map.of("Id", n(Integer.toString(id)), "Amount", n("10"))));
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }
}
