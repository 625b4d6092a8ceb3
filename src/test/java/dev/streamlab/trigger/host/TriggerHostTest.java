package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.connect.Connection;
import dev.streamlab.json.ItemJson;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.mapping.MappingFiles;
import dev.streamlab.trigger.trace.CausalTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The host as a mapping file drives it: several mappings, disabling, restarting on a state folder, poison records. */
class TriggerHostTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Connection connection = new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server()));
    private final String orders = TestTables.orders().name();

    /** What one run of a host heard: the Ids each function logged (key-logger logs each record's keys). */
    private static final class Heard implements HostListener {
        final Map<String, List<String>> ids = new HashMap<>();
        final List<Invocation> invocations = new ArrayList<>();
        final List<String> blocked = new ArrayList<>();

        @Override
        public void functionLog(String functionName, String requestId, String line) {
            if (line.startsWith("{")) {
                String id = ItemJson.readDynamo(line, "log line").get("Id").n();
                synchronized (this) {
                    ids.computeIfAbsent(functionName, f -> new ArrayList<>()).add(id);
                }
            }
        }

        @Override
        public synchronized void invoked(Invocation invocation) {
            invocations.add(invocation);
        }

        @Override
        public synchronized void blocked(String functionName, String shardId, int attempts) {
            blocked.add(functionName + " " + shardId + " " + attempts);
        }

        synchronized List<String> of(String function) {
            return List.copyOf(ids.getOrDefault(function, List.of()));
        }

        synchronized List<Invocation> invocations() {
            return List.copyOf(invocations);
        }

        synchronized List<String> blocked() {
            return List.copyOf(blocked);
        }
    }

    @Test
    void twoMappingsOnOneStreamEachGetEveryRecordWithTheirOwnCheckpoints(@TempDir Path state) throws Exception {
        IntStream.rangeClosed(1, 6).forEach(id -> HostFixture.put(orders, id));
        var heard = new Heard();
        try (var host = host(state, heard, """
                {"functions": {"Audit": {"Handler": "builtin:key-logger"}, "Mirror": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [
                   {"FunctionName": "Audit", "TableName": "%1$s", "StartingPosition": "TRIM_HORIZON", "BatchSize": 2},
                   {"FunctionName": "Mirror", "TableName": "%1$s", "StartingPosition": "TRIM_HORIZON", "BatchSize": 5}]}
                """.formatted(orders))) {
            host.start();
            await(() -> heard.of("Audit").size() >= 6 && heard.of("Mirror").size() >= 6);
        }
        List<String> all = List.of("1", "2", "3", "4", "5", "6");
        assertThat(heard.of("Audit")).containsExactlyElementsOf(all);
        assertThat(heard.of("Mirror")).containsExactlyElementsOf(all);
        assertThat(state.resolve("checkpoints-Audit-" + orders + ".json")).exists();
        assertThat(state.resolve("checkpoints-Mirror-" + orders + ".json")).exists();
    }

    @Test
    void aDisabledMappingKeepsItsCheckpointAndReEnabledResumesFromIt(@TempDir Path state) throws Exception {
        IntStream.rangeClosed(1, 3).forEach(id -> HostFixture.put(orders, id));
        var first = new Heard();
        try (var host = host(state, first, logger(orders, true))) {
            host.start();
            await(() -> first.of("Logger").size() >= 3);
        }
        Path checkpoint = state.resolve("checkpoints-Logger-" + orders + ".json");
        String saved = Files.readString(checkpoint);

        IntStream.rangeClosed(4, 6).forEach(id -> HostFixture.put(orders, id));
        // Disabled, next to an enabled witness on the same table: once the witness has seen the new records,
        // the disabled mapping would have too, had it run.
        var disabled = new Heard();
        try (var host = host(state, disabled, """
                {"functions": {"Logger": {"Handler": "builtin:key-logger"}, "Witness": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [
                   {"FunctionName": "Logger", "TableName": "%1$s", "StartingPosition": "TRIM_HORIZON", "Enabled": false},
                   {"FunctionName": "Witness", "TableName": "%1$s", "StartingPosition": "TRIM_HORIZON"}]}
                """.formatted(orders))) {
            host.start();
            await(() -> disabled.of("Witness").size() >= 6);
        }
        assertThat(disabled.of("Logger")).isEmpty();
        assertThat(disabled.invocations()).allSatisfy(call -> assertThat(call.functionName()).isEqualTo("Witness"));
        assertThat(Files.readString(checkpoint)).isEqualTo(saved);

        HostFixture.put(orders, 7);
        var enabled = new Heard();
        try (var host = host(state, enabled, logger(orders, true))) {
            host.start();
            await(() -> enabled.of("Logger").size() >= 4);
        }
        assertThat(enabled.of("Logger")).containsExactly("4", "5", "6", "7");
    }

    @Test
    void aNewHostOnTheSameStateFolderGetsExactlyTheRecordsWrittenSince(@TempDir Path state) throws Exception {
        IntStream.rangeClosed(1, 5).forEach(id -> HostFixture.put(orders, id));
        var first = new Heard();
        try (var host = host(state, first, logger(orders, true))) {
            host.start();
            await(() -> first.of("Logger").size() >= 5);
        }
        assertThat(first.of("Logger")).containsExactly("1", "2", "3", "4", "5");

        IntStream.rangeClosed(6, 9).forEach(id -> HostFixture.put(orders, id));
        var second = new Heard();
        try (var host = host(state, second, logger(orders, true))) {
            host.start();
            await(() -> second.of("Logger").size() >= 4);
            HostFixture.put(orders, 10);
            await(() -> second.of("Logger").size() >= 5);
        }
        assertThat(second.of("Logger")).containsExactly("6", "7", "8", "9", "10");
    }

    @Test
    void aPoisonRecordWithUnlimitedRetriesBlocksItsShardAndTheHostSaysSo(@TempDir Path state) throws Exception {
        var tables = eventTables();
        var heard = new Heard();
        try (var host = host(state, heard, projector(tables, "\"MaximumRetryAttempts\": -1"), attempt -> Thread.sleep(5))) {
            host.start();
            putEvent(tables[0], "poison", false);
            putEvent(tables[0], "fine", true);
            await(() -> heard.blocked().size() >= 3);
        }
        assertThat(heard.blocked().get(0)).as("said early").startsWith("Projector shardId-").endsWith(" 3");
        assertThat(heard.blocked().get(1)).as("and again now and then").endsWith(" 10");
        assertThat(heard.invocations()).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(call -> assertThat(call.outcome()).isEqualTo("Error"))
                .allSatisfy(call -> assertThat(call.causes()).isEqualTo(heard.invocations().get(0).causes()));
        assertThat(reminder(tables[1], "fine")).as("the record after the poison one waits").isFalse();
    }

    @Test
    void aPoisonRecordWithRetriesLimitedGoesToTheOnFailureFileAndTheShardGoesOn(@TempDir Path state) throws Exception {
        var tables = eventTables();
        Path failures = state.resolve("failures.jsonl");
        var heard = new Heard();
        try (var host = host(state, heard, projector(tables, "\"MaximumRetryAttempts\": 1, \"DestinationConfig\": "
                + "{\"OnFailure\": {\"Destination\": \"file:" + failures + "\"}}"), attempt -> { })) {
            host.start();
            putEvent(tables[0], "poison", false);
            putEvent(tables[0], "fine", true);
            await(() -> reminder(tables[1], "fine"));
        }
        assertThat(heard.blocked()).isEmpty();
        List<String> lines = Files.readAllLines(failures);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"condition\":\"RetryAttemptsExhausted\"", "\"approximateInvokeCount\":2",
                "\"S\":\"poison\"");
        assertThat(heard.invocations()).extracting(Invocation::outcome).containsExactly("Error", "Error", "Success");
    }

    private TriggerHost host(Path state, HostListener listener, String mappings) {
        return host(state, listener, mappings, attempt -> { });
    }

    private TriggerHost host(Path state, HostListener listener, String mappings, RetryPause pause) {
        var file = MappingFiles.parse(mappings, "test mappings", state);
        return new TriggerHost(connection, file, new TriggerRegistry(getClass().getClassLoader()), listener,
                new CausalTrace(event -> { }, Clock.systemUTC()), HostOptions.defaults(state).withPause(pause));
    }

    private static String logger(String table, boolean enabled) {
        return """
                {"functions": {"Logger": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [{"FunctionName": "Logger", "TableName": "%s",
                     "StartingPosition": "TRIM_HORIZON", "Enabled": %s}]}
                """.formatted(table, enabled);
    }

    private static String projector(String[] tables, String settings) {
        return """
                {"functions": {"Projector": {"Handler": "builtin:reminder-projector",
                                             "Environment": {"Variables": {"REMINDERS_TABLE": "%s"}}}},
                 "eventSourceMappings": [{"FunctionName": "Projector", "TableName": "%s",
                     "StartingPosition": "TRIM_HORIZON", "BatchSize": 1, %s}]}
                """.formatted(tables[1], tables[0], settings);
    }

    /** An events table (NEW_IMAGE stream) and a reminders table for the reminder projector. */
    private static String[] eventTables() {
        String events = TestTables.create("events", """
                {"TableName": "$TABLE", "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
                """).name();
        String reminders = TestTables.create("reminders", """
                {"TableName": "$TABLE", "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
                """).name();
        return new String[] {events, reminders};
    }

    /** A ReminderCreated event; without eventData when not {@code wellFormed}, which the projector cannot handle. */
    private static void putEvent(String table, String id, boolean wellFormed) {
        var item = new HashMap<String, AttributeValue>(Map.of("id", AttributeValue.fromS(id),
                "eventType", AttributeValue.fromS("ReminderCreated")));
        if (wellFormed) {
            item.put("eventData", AttributeValue.fromM(Map.of(
                    "source", AttributeValue.fromS("telegram"),
                    "userName", AttributeValue.fromS("Andrei"),
                    "userId", AttributeValue.fromN("93773717"),
                    "parameters", AttributeValue.fromM(Map.of(
                            "date", AttributeValue.fromS("2017-08-13"),
                            "time", AttributeValue.fromS("09:30:00"),
                            "reminderText", AttributeValue.fromS("feed the cat"))))));
        }
        LocalDynamo.clients().dynamo().putItem(r -> r.tableName(table).item(item));
    }

    private static boolean reminder(String table, String id) {
        return LocalDynamo.clients().dynamo().getItem(r -> r.tableName(table)
                .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).hasItem();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Await.until("the host's work", DEADLINE, condition);
    }
}
