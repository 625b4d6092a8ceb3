package dev.streamlab.trigger.host;

import static dev.streamlab.trigger.host.HostFixture.put;
import static dev.streamlab.trigger.host.HostFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.filter.FilterCriteria;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class StepModeAndLoopGuardTest {

    private final HostFixture host = new HostFixture();
    private final String orders = TestTables.orders().name();

    @Test
    void aPausedMappingShowsItsNextBatchAndStepDeliversExactlyThat() throws Exception {
        host.gate.pause("stepping");
        try (var follower = host.follow(orders, host.recording(records -> BatchResponse.success()), 10, Duration.ZERO,
                rules(-1, false, false), Optional.empty(), FilterCriteria.none(), new InMemoryCheckpoints(),
                Clock.systemUTC())) {
            put(orders, 1);
            var pending = host.gate.awaitPending(HostFixture.DEADLINE.toMillis());
            assertThat(pending.json().at("/Records/0/dynamodb/Keys/Id/N").asText()).isEqualTo("1");
            assertThat(host.invocations).isEmpty();

            host.gate.step();
            host.awaitInvocations(calls -> calls.size() == 1);
            put(orders, 2);
            assertThat(host.gate.awaitPending(HostFixture.DEADLINE.toMillis()).records()).hasSize(1);
            assertThat(host.invocations).hasSize(1);

            host.gate.resume();
            host.awaitInvocations(calls -> calls.size() == 2);
        }
        assertThat(host.batches).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void aTriggerWritingToItsOwnTableWithoutEndIsPausedByTheLoopGuard() throws Exception {
        host.loopLimit = 3;
        var key = Map.of("Id", AttributeValue.fromN("1"), "Amount", AttributeValue.fromN("10"));
        try (var follower = host.follow(orders, host.recording(records -> {
                    // The seed-003 mistake: always writing back, so every write makes another record.
                    host.tracedDynamo.updateItem(r -> r.tableName(orders).key(key).updateExpression("ADD Touches :one")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
                    return BatchResponse.success();
                }), 1, Duration.ZERO, rules(-1, false, false), Optional.empty(), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            put(orders, 1);
            host.gate.awaitPending(HostFixture.DEADLINE.toMillis());
        }
        assertThat(host.gate.paused()).isTrue();
        assertThat(host.gate.reason()).contains("loop guard");
        assertThat(host.loopGuards).containsExactly(4);
        var item = LocalDynamo.clients().dynamo().getItem(r -> r.tableName(orders).key(key)).item();
        assertThat(item.get("Touches").n()).as("writes stopped at the limit").isEqualTo("4");
    }

    @Test
    void theTraceTellsEachDerivedWriteAndTheRecordItProduced() throws Exception {
        var key = Map.of("Id", AttributeValue.fromN("1"), "Amount", AttributeValue.fromN("10"));
        try (var follower = host.follow(orders, host.recording(records -> {
                    if (records.get(0).eventName().equals("INSERT")) {
                        host.tracedDynamo.updateItem(r -> r.tableName(orders).key(key).updateExpression("SET Seen = :t")
                                .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true))));
                    }
                    return BatchResponse.success();
                }), 1, Duration.ZERO, rules(-1, false, false), Optional.empty(), FilterCriteria.none(),
                new InMemoryCheckpoints(), Clock.systemUTC())) {
            put(orders, 1);
            host.awaitInvocations(calls -> calls.size() == 2);
        }
        var events = List.copyOf(host.events);
        var insert = events.stream().filter(e -> e.path("eventName").asText().equals("INSERT")).findFirst().orElseThrow();
        var firstCall = events.stream().filter(e -> e.path("type").asText().equals("invocation")).findFirst().orElseThrow();
        var write = events.stream().filter(e -> e.path("type").asText().equals("write")).findFirst().orElseThrow();
        var modify = events.stream().filter(e -> e.path("eventName").asText().equals("MODIFY")).findFirst().orElseThrow();

        assertThat(insert.path("depth").asInt()).isZero();
        assertThat(insert.has("cause")).as("a user's write has no cause in the trace").isFalse();
        assertThat(firstCall.path("causes").get(0).asText()).isEqualTo(insert.path("id").asText());
        assertThat(write.path("operation").asText()).isEqualTo("UpdateItem");
        assertThat(write.path("table").asText()).isEqualTo(orders);
        assertThat(write.path("cause").asText()).isEqualTo(firstCall.path("id").asText());
        assertThat(modify.path("cause").asText()).isEqualTo(write.path("id").asText());
        assertThat(modify.path("depth").asInt()).isEqualTo(1);
    }
}
