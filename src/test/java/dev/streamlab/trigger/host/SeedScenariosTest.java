package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.connect.ClientFactory;
import dev.streamlab.connect.Clients;
import dev.streamlab.connect.Connection;
import dev.streamlab.connect.ConnectionProfile;
import dev.streamlab.data.Seeder;
import dev.streamlab.data.TableAdmin;
import dev.streamlab.local.EmbeddedDynamoDb;
import dev.streamlab.local.EmbeddedOptions;
import dev.streamlab.stream.Checkpointer;
import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.stream.RecordBatch;
import dev.streamlab.stream.ShardRecordProcessor;
import dev.streamlab.stream.StartingPosition;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamListener;
import dev.streamlab.testing.Await;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.TraceJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The seeds end to end: sample data, sample mappings, a write through the SDK, the derived items. */
class SeedScenariosTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private EmbeddedDynamoDb server;
    private Clients clients;
    private Connection connection;
    private final List<Invocation> invocations = new ArrayList<>();
    private final List<ObjectNode> trace = Collections.synchronizedList(new ArrayList<>());
    private final List<String> listening = new ArrayList<>();
    private final HostListener listener = new HostListener() {
        @Override
        public void listening(String functionName, String table, String shardId) {
            synchronized (SeedScenariosTest.this) {
                listening.add(shardId);
            }
        }

        @Override
        public void invoked(Invocation invocation) {
            synchronized (SeedScenariosTest.this) {
                invocations.add(invocation);
            }
        }
    };

    @BeforeEach
    void seed() {
        server = EmbeddedDynamoDb.start(EmbeddedOptions.inMemory(0));
        clients = ClientFactory.open(ConnectionProfile.local(server.endpoint()));
        connection = new Connection(clients, Optional.of(server));
        new Seeder(clients.dynamo(), new TableAdmin(clients.dynamo(), clients.profile())).seed(Path.of("sample-data"));
    }

    @AfterEach
    void stop() {
        connection.close();
    }

    @Test
    void emailCheckerFlagsEverySeededUserAndANewOneWithoutLooping(@TempDir Path state) throws Exception {
        try (var host = host("email-checker.json", state)) {
            host.start();
            await(() -> scanCount("CloudAcademyLabs", "attribute_exists(IsPersonalEmail)") == 6);
            clients.dynamo().putItem(r -> r.tableName("CloudAcademyLabs").item(Map.of(
                    "Id", AttributeValue.fromS("ID9"), "Email", AttributeValue.fromS("ann@outlook.com"))));
            await(() -> flag("ID9").isPresent());

            assertThat(flag("ID9")).contains(true);
            assertThat(flag("ID1")).as("john@example.com").contains(false);
            // Its own writes come back as MODIFY records: handled, and none of them writes again.
            await(() -> invocationsCovering() >= 14);
        }
        assertThat(streamRecordCount("CloudAcademyLabs")).as("7 inserts and the 7 flags they needed").isEqualTo(14);
    }

    @Test
    void aNewMessageMovesItsGroupRowsToTheNewSortKey(@TempDir Path state) throws Exception {
        String group = "2b9aba41-d2b0-4e7c-83ae-e646efc6091e";
        try (var host = host("message-group-sk-rewrite.json", state)) {
            host.start();
            awaitListening();
            clients.dynamo().putItem(r -> r.tableName("cruddur-messages").item(Map.of(
                    "pk", AttributeValue.fromS("MSG#" + group), "sk", AttributeValue.fromS("2023-03-22T08:00:00.000000+00:00"),
                    "message_uuid", AttributeValue.fromS("f0e1d2c3-b4a5-4968-8776-655443322110"),
                    "message", AttributeValue.fromS("Schema load merged."),
                    "user_uuid", AttributeValue.fromS("a727dd5e-eda5-4dda-9cd3-eaeee097c475"),
                    "user_display_name", AttributeValue.fromS("Andrew Brown"),
                    "user_handle", AttributeValue.fromS("andrewbrown"))));

            await(() -> groupRows(group).stream().allMatch(row -> row.get("message").s().equals("Schema load merged.")));
            assertThat(groupRows(group)).hasSize(2)
                    .allSatisfy(row -> assertThat(row.get("sk").s()).isEqualTo("2023-03-22T08:00:00.000000+00:00"));
        }
    }

    @Test
    void aReminderCreatedEventBecomesAReminder(@TempDir Path state) throws Exception {
        try (var host = host("reminder-projector.json", state)) {
            host.start();
            awaitListening();
            clients.dynamo().putItem(r -> r.tableName("events").item(Map.of(
                    "id", AttributeValue.fromS("e-42"),
                    "eventType", AttributeValue.fromS("ReminderCreated"),
                    "eventData", AttributeValue.fromM(Map.of(
                            "source", AttributeValue.fromS("telegram"),
                            "userName", AttributeValue.fromS("Andrei"),
                            "userId", AttributeValue.fromN("93773717"),
                            "parameters", AttributeValue.fromM(Map.of(
                                    "date", AttributeValue.fromS("2017-08-13"),
                                    "time", AttributeValue.fromS("09:30:00"),
                                    "reminderText", AttributeValue.fromS("feed the cat"))))))));

            await(() -> clients.dynamo().getItem(r -> r.tableName("reminders")
                    .key(Map.of("id", AttributeValue.fromS("e-42")))).hasItem());
            var reminder = clients.dynamo().getItem(r -> r.tableName("reminders")
                    .key(Map.of("id", AttributeValue.fromS("e-42")))).item();
            assertThat(reminder.get("timestamp").s()).isEqualTo("2017-08-13T09:30:00");
            assertThat(reminder.get("userId").n()).isEqualTo("93773717");
        }
    }

    private TriggerHost host(String mappingFile, Path state) {
        var file = MappingFiles.read(Path.of("sample-data/mappings", mappingFile));
        return new TriggerHost(connection, file, new TriggerRegistry(getClass().getClassLoader()), listener,
                new CausalTrace(event -> TraceJson.of(event).ifPresent(trace::add), Clock.systemUTC()), HostOptions.defaults(state).withPause(attempt -> { }));
    }

    /** LATEST mappings see only writes after their readers took their position: wait for that first. */
    private void awaitListening() throws InterruptedException {
        await(() -> {
            synchronized (this) {
                return !listening.isEmpty();
            }
        });
    }

    private Optional<Boolean> flag(String id) {
        var item = clients.dynamo().getItem(r -> r.tableName("CloudAcademyLabs")
                .key(Map.of("Id", AttributeValue.fromS(id))).consistentRead(true)).item();
        return Optional.ofNullable(item.get("IsPersonalEmail")).map(AttributeValue::bool);
    }

    private int scanCount(String table, String filter) {
        return clients.dynamo().scan(r -> r.tableName(table).filterExpression(filter)).count();
    }

    private List<Map<String, AttributeValue>> groupRows(String group) {
        return clients.dynamo().query(r -> r.tableName("cruddur-messages").indexName("message-group-sk-index")
                .keyConditionExpression("message_group_uuid = :g")
                .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(group)))).items();
    }

    private int streamRecordCount(String table) throws InterruptedException {
        int[] count = {0};
        new StreamFollower(connection, table, StartingPosition.TRIM_HORIZON, new InMemoryCheckpoints(),
                new ShardRecordProcessor() {
                    @Override
                    public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
                    }

                    @Override
                    public void processBatch(RecordBatch batch) {
                        count[0] += batch.records().size();
                    }
                }, StreamListener.NONE).drain();
        return count[0];
    }

    private synchronized int invocationsCovering() {
        return invocations.stream().mapToInt(call -> call.causes().size()).sum();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Await.until("the derived items", DEADLINE, condition);
    }
}
