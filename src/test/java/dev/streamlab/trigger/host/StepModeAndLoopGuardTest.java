package dev.streamlab.trigger.host;

import static dev.streamlab.trigger.host.HostFixture.put;
import static dev.streamlab.trigger.host.HostFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.stream.InMemoryCheckpoints;
import dev.streamlab.testing.Await;
import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.testing.TestTables;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.filter.FilterCriteria;
import dev.streamlab.trigger.trace.BatchReleased;
import dev.streamlab.trigger.trace.BatchWaiting;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.PendingBatch;
import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.WriteTraced;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
            var pending = host.gate.awaitPending(HostFixture.DEADLINE);
            assertThat(pending.event().json().at("/Records/0/dynamodb/Keys/Id/N").asText()).isEqualTo("1");
            assertThat(host.invocations).isEmpty();

            assertThat(host.gate.step(pending.id())).isTrue();
            host.awaitInvocations(calls -> calls.size() == 1);
            put(orders, 2);
            var next = host.gate.awaitPending(HostFixture.DEADLINE);
            assertThat(next.event().records()).hasSize(1);
            assertThat(host.gate.step(pending.id())).as("a batch that went on cannot be stepped again").isFalse();
            assertThat(host.invocations).hasSize(1);

            host.gate.resume();
            host.awaitInvocations(calls -> calls.size() == 2);
        }
        assertThat(host.batches).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void batchesOfTwoShardsWaitTogetherAndAStepReleasesOnlyTheOneItNames() throws Exception {
        List<TraceEvent> told = Collections.synchronizedList(new ArrayList<>());
        var gate = new MappingGate("f", "t", told::add, Clock.systemUTC());
        gate.pause("stepping");
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        var shardA = admitting(gate, "shard-a", delivered);
        var shardB = admitting(gate, "shard-b", delivered);
        Await.until("both shards wait", () -> gate.pending().size() == 2);

        var waitingB = gate.pending().stream().filter(b -> b.shardId().equals("shard-b")).findFirst().orElseThrow();
        assertThat(gate.step(waitingB.id())).isTrue();
        shardB.join(HostFixture.DEADLINE.toMillis());

        assertThat(delivered).containsExactly("shard-b");
        assertThat(gate.pending()).extracting(PendingBatch::shardId).containsExactly("shard-a");
        gate.resume();
        shardA.join(HostFixture.DEADLINE.toMillis());
        assertThat(delivered).containsExactly("shard-b", "shard-a");
        assertThat(told).filteredOn(BatchWaiting.class::isInstance).hasSize(2);
        assertThat(told).filteredOn(BatchReleased.class::isInstance).hasSize(2);
    }

    private static Thread admitting(MappingGate gate, String shardId, List<String> delivered) {
        Thread reader = new Thread(() -> {
            try {
                gate.admit(shardId, new TriggerEvent(List.of()));
                delivered.add(shardId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        return reader;
    }

    private static <T extends TraceEvent> T first(List<TraceEvent> events, Class<T> type, Predicate<T> matching) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(matching).findFirst().orElseThrow();
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
            host.gate.awaitPending(HostFixture.DEADLINE);
        }
        assertThat(host.gate.paused()).isTrue();
        assertThat(host.gate.reason()).contains("loop guard");
        assertThat(host.loopGuards).containsExactly(4);
        assertThat(host.gate.pausedByLoopGuard()).isTrue();
        assertThat(host.events).filteredOn(LoopGuardTripped.class::isInstance).hasSize(1);
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
        var insert = first(events, RecordTraced.class, r -> r.record().eventName().equals("INSERT"));
        var firstCall = first(events, Invocation.class, call -> true);
        var write = first(events, WriteTraced.class, w -> true);
        var modify = first(events, RecordTraced.class, r -> r.record().eventName().equals("MODIFY"));

        assertThat(insert.depth()).isZero();
        assertThat(insert.cause()).as("a user's write has no cause in the trace").isEmpty();
        assertThat(firstCall.causes()).containsExactly(insert.eventId());
        assertThat(write.write().operation()).isEqualTo("UpdateItem");
        assertThat(write.write().table()).isEqualTo(orders);
        assertThat(write.invocationId()).isEqualTo(firstCall.requestId());
        assertThat(modify.cause()).contains(write.id());
        assertThat(modify.depth()).isEqualTo(1);
        assertThat(events.indexOf(write)).as("a write is told before the record it produced")
                .isLessThan(events.indexOf(modify));
    }
}
