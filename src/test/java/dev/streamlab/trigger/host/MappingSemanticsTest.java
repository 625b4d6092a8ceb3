package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import static dev.streamlab.trigger.host.HostFixture.put;
import static dev.streamlab.trigger.host.HostFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.filter.FilterCriteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lambda's event-source-mapping rules, against real stream records of DynamoDB Local. */
class MappingSemanticsTest {

    private final HostFixture host = new HostFixture();
    private final String orders = TestTables.orders().name();

    @Test
    void batchesHoldAtMostBatchSizeRecordsInOrder() throws Exception {
        IntStream.rangeClosed(1, 7).forEach(id -> put(orders, id));
        try (var follower = host.follow(orders, host.recording(records -> BatchResponse.success()), 3, Duration.ZERO,
                rules(-1, false, false), Optional.empty(), FilterCriteria.none(), new InMemoryCheckpoints(),
                Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.stream().mapToInt(c -> c.causes().size()).sum() == 7);
        }
        assertThat(host.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(3));
        assertThat(host.batches.stream().flatMap(List::stream).toList())
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void aBatchingWindowGathersRecordsIntoOneInvocation() throws Exception {
        try (var follower = host.follow(orders, host.recording(records -> BatchResponse.success()), 100,
                Duration.ofSeconds(2), rules(-1, false, false), Optional.empty(), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            put(orders, 1);
            put(orders, 2);
            put(orders, 3);
            host.awaitInvocations(calls -> !calls.isEmpty());
        }
        assertThat(host.batches).containsExactly(List.of("1", "2", "3"));
    }

    @Test
    void filteredOutRecordsAreNotDeliveredButAdvanceTheCheckpoint() throws Exception {
        IntStream.rangeClosed(1, 4).forEach(id -> put(orders, id));
        var checkpoints = new InMemoryCheckpoints();
        var evenOnly = FilterCriteria.parse(Json.mapper().readTree("{\"Filters\": [{\"Pattern\":"
                + " \"{\\\"dynamodb\\\": {\\\"Keys\\\": {\\\"Id\\\": {\\\"N\\\": [\\\"2\\\", \\\"4\\\", \\\"6\\\"]}}}}\"}]}"),
                "test");
        try (var follower = host.follow(orders, host.recording(records -> BatchResponse.success()), 10, Duration.ZERO,
                rules(-1, false, false), Optional.empty(), evenOnly, checkpoints, Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.stream().mapToInt(c -> c.causes().size()).sum() == 2);
            put(orders, 5);
            put(orders, 6);
            host.awaitInvocations(calls -> calls.stream().mapToInt(c -> c.causes().size()).sum() == 3);
        }
        assertThat(host.batches.stream().flatMap(List::stream).toList()).containsExactly("2", "4", "6");

        // Restarted without a filter on the same checkpoints: nothing before it comes again, not even 5.
        var restarted = new HostFixture();
        put(orders, 7);
        try (var follower = restarted.follow(orders, restarted.recording(records -> BatchResponse.success()), 10,
                Duration.ZERO, rules(-1, false, false), Optional.empty(), FilterCriteria.none(), checkpoints,
                Clock.systemUTC())) {
            restarted.awaitInvocations(calls -> !calls.isEmpty());
        }
        assertThat(restarted.batches).containsExactly(List.of("7"));
    }

    @Test
    void retriesRunOutThenTheBatchGoesToTheOnFailureDestinationAndTheShardGoesOn(@TempDir Path dir) throws Exception {
        Path failures = dir.resolve("failures.jsonl");
        put(orders, 1);
        try (var follower = host.follow(orders, host.recording(records -> {
                    if (records.stream().anyMatch(r -> HostFixture.id(r).equals("1"))) {
                        throw new IllegalStateException("poison");
                    }
                    return BatchResponse.success();
                }), 10, Duration.ZERO, rules(2, false, false), Optional.of(failures), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.size() == 3);
            put(orders, 2);
            host.awaitInvocations(calls -> calls.size() == 4);
        }
        assertThat(host.invocations).extracting(Invocation::attempt).containsExactly(1, 2, 3, 1);
        assertThat(host.invocations.get(3).outcome()).isEqualTo("Success");
        JsonNode failure = Json.mapper().readTree(Files.readAllLines(failures).get(0));
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(failure.at("/requestContext/functionArn").asText()).endsWith(":function:test-function");
        assertThat(failure.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
        assertThat(failure.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
        assertThat(failure.at("/DDBStreamBatchInfo/streamArn").asText()).contains("table/" + orders + "/stream/");
        assertThat(failure.at("/DDBStreamBatchInfo/startSequenceNumber").asText())
                .isEqualTo(failure.at("/DDBStreamBatchInfo/endSequenceNumber").asText());
        assertThat(failure.at("/records/0/dynamodb/Keys/Id/N").asText()).isEqualTo("1");
        assertThat(Files.readAllLines(failures)).hasSize(1);
    }

    @Test
    void bisectingIsolatesOnePoisonRecordOutOfEight(@TempDir Path dir) throws Exception {
        Path failures = dir.resolve("failures.jsonl");
        IntStream.rangeClosed(1, 8).forEach(id -> put(orders, id));
        try (var follower = host.follow(orders, host.recording(records -> {
                    if (records.stream().anyMatch(r -> HostFixture.id(r).equals("6"))) {
                        throw new IllegalStateException("poison");
                    }
                    return BatchResponse.success();
                }), 8, Duration.ZERO, rules(0, true, false), Optional.of(failures), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.stream().filter(c -> c.outcome().equals("Success"))
                    .mapToInt(c -> c.causes().size()).sum() == 7);
        }
        List<String> lines = Files.readAllLines(failures);
        assertThat(lines).hasSize(1);
        JsonNode failure = Json.mapper().readTree(lines.get(0));
        assertThat(failure.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
        assertThat(failure.at("/records/0/dynamodb/Keys/Id/N").asText()).isEqualTo("6");
        assertThat(host.batches.get(0)).hasSize(8);
    }

    @Test
    void aReportedItemFailureRestartsFromTheLowestFailedRecord() throws Exception {
        IntStream.rangeClosed(1, 5).forEach(id -> put(orders, id));
        boolean[] failedOnce = {false};
        try (var follower = host.follow(orders, host.recording(records -> {
                    if (!failedOnce[0]) {
                        failedOnce[0] = true;
                        return BatchResponse.failures(List.of(records.get(3).sequenceNumber(),
                                records.get(2).sequenceNumber()));
                    }
                    return BatchResponse.success();
                }), 10, Duration.ZERO, rules(-1, false, true), Optional.empty(), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.size() == 2);
        }
        assertThat(host.batches).containsExactly(List.of("1", "2", "3", "4", "5"), List.of("3", "4", "5"));
        assertThat(host.invocations.get(0).outcome()).isEqualTo("PartialFailure");
    }

    @Test
    void anUnknownItemIdentifierFailsTheWholeBatch() throws Exception {
        IntStream.rangeClosed(1, 3).forEach(id -> put(orders, id));
        boolean[] failedOnce = {false};
        try (var follower = host.follow(orders, host.recording(records -> {
                    if (!failedOnce[0]) {
                        failedOnce[0] = true;
                        return BatchResponse.failures(List.of("no-such-sequence-number"));
                    }
                    return BatchResponse.success();
                }), 10, Duration.ZERO, rules(-1, false, true), Optional.empty(), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            host.awaitInvocations(calls -> calls.size() == 2);
        }
        assertThat(host.batches).containsExactly(List.of("1", "2", "3"), List.of("1", "2", "3"));
    }

    @Test
    void recordsOlderThanTheMaximumAgeGoToTheDestinationUninvoked(@TempDir Path dir) throws Exception {
        Path failures = dir.resolve("failures.jsonl");
        put(orders, 1);
        Clock anHourLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        var rules = new DeliveryRules(-1, Optional.of(Duration.ofSeconds(60)), false, false);
        try (var follower = host.follow(orders, host.recording(records -> BatchResponse.success()), 10, Duration.ZERO,
                rules, Optional.of(failures), FilterCriteria.none(), new InMemoryCheckpoints(), anHourLater)) {
            awaitLines(failures, 1);
        }
        assertThat(host.invocations).isEmpty();
        JsonNode failure = Json.mapper().readTree(Files.readAllLines(failures).get(0));
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RecordAgeExceeded");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isZero();
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        Await.until(lines + " line(s) in " + file, () -> {
            try {
                return Files.exists(file) && Files.readAllLines(file).size() >= lines;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
