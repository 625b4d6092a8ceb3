package dev.streamlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.connect.Connection;
import dev.streamlab.json.Json;
import dev.streamlab.stream.Checkpointer;
import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.stream.RecordBatch;
import dev.streamlab.stream.ShardRecordProcessor;
import dev.streamlab.stream.StartingPosition;
import dev.streamlab.stream.StreamFollower;
import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamListener;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * `triggers run` killed with SIGKILL in the middle of 2,000 writes, then started again on its state folder: every
 * record is handled at least once, as the trace files' successful invocations show by their causes (eventIDs).
 */
class TriggersRunKillTest {

    private static final int ITEMS = 2_000;

    @Test
    void everyRecordIsHandledAtLeastOnceAcrossAKill(@TempDir Path dir) throws Exception {
        // The host runs in its own JVM against this JVM's DynamoDB Local, as against any endpoint.
        String table = TestTables.create("labs", """
                {"TableName": "$TABLE", "AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
                 "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
                 "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
                """).name();
        Path mappings = dir.resolve("mappings.json");
        Files.writeString(mappings, """
                {"functions": {"KeyLogger": {"Handler": "builtin:key-logger"}},
                 "eventSourceMappings": [{"FunctionName": "KeyLogger", "TableName": "%s",
                     "StartingPosition": "TRIM_HORIZON", "BatchSize": 50}]}
                """.formatted(table));
        Path state = dir.resolve("state");
        // One trace per run: the line SIGKILL cuts short stays on its own.
        Path firstTrace = dir.resolve("first-trace.jsonl");
        Path secondTrace = dir.resolve("second-trace.jsonl");

        Process first = run(mappings, state, firstTrace, dir.resolve("first.log"));
        try {
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> writeItems(table));
            await(() -> !handled(firstTrace).isEmpty(), Duration.ofSeconds(30), first, dir.resolve("first.log"));
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            writes.get(60, TimeUnit.SECONDS);
        } finally {
            first.destroyForcibly();
        }
        Set<String> written = eventIds(table);
        assertThat(written).hasSize(ITEMS);
        assertThat(handled(firstTrace)).as("killed after some records, before all").hasSizeBetween(1, ITEMS - 1);

        Process second = run(mappings, state, secondTrace, dir.resolve("second.log"));
        try {
            await(() -> union(handled(firstTrace), handled(secondTrace)).containsAll(written), Duration.ofSeconds(60),
                    second, dir.resolve("second.log"));
        } finally {
            second.destroyForcibly();
        }
        Set<String> again = new HashSet<>(handled(secondTrace));
        again.retainAll(handled(firstTrace));
        assertThat(again).as("resumed from the checkpoint, not from the start: at most the batch in flight again")
                .hasSizeLessThanOrEqualTo(50);
    }

    private static Process run(Path mappings, Path state, Path trace, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "triggers", "run", "--mappings", mappings.toString(), "--state", state.toString(),
                "--trace", trace.toString(), "--endpoint", LocalDynamo.endpoint().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** 2,000 users, 25 to a BatchWriteItem. */
    private static void writeItems(String table) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            String email = "user" + i + (i % 3 == 0 ? "@gmail.com" : "@example.com");
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "Id", AttributeValue.fromS("ID" + i), "Email", AttributeValue.fromS(email))).build()).build());
            if (batch.size() == 25 || i == ITEMS) {
                Map<String, List<WriteRequest>> items = Map.of(table, List.copyOf(batch));
                while (!items.isEmpty()) {
                    Map<String, List<WriteRequest>> request = items;
                    items = LocalDynamo.clients().dynamo().batchWriteItem(r -> r.requestItems(request))
                            .unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    /** The eventIDs of the table's stream records, read from its start. */
    private static Set<String> eventIds(String table) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        new StreamFollower(new Connection(LocalDynamo.clients(), Optional.of(LocalDynamo.server())), table,
                StartingPosition.TRIM_HORIZON, new InMemoryCheckpoints(), new ShardRecordProcessor() {
                    @Override
                    public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
                    }

                    @Override
                    public void processBatch(RecordBatch batch) {
                        batch.records().forEach(record -> ids.add(record.eventId()));
                    }
                }, StreamListener.NONE).drain();
        return ids;
    }

    /** The causes of the trace's successful invocations; a line cut short by the kill is not one. */
    private static Set<String> handled(Path trace) {
        Set<String> ids = new HashSet<>();
        try {
            if (!Files.exists(trace)) {
                return ids;
            }
            for (String line : Files.readAllLines(trace)) {
                JsonNode json;
                try {
                    json = Json.mapper().readTree(line);
                } catch (IOException cut) {
                    continue;
                }
                if ("invocation".equals(json.path("type").asText()) && "Success".equals(json.path("outcome").asText())) {
                    json.path("causes").forEach(id -> ids.add(id.asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static void await(BooleanSupplier condition, Duration deadline, Process process, Path log)
            throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end || !process.isAlive()) {
                throw new AssertionError("Not reached within " + deadline + (process.isAlive() ? "" : " (the process ended)")
                        + "; its output:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }
}
