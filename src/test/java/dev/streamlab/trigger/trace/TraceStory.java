package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.TriggerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tells a graph the events of a story in the order the host tells them (a write before the invocation that made
 * it ends), on a clock that moves a millisecond per event, so tests read like the story.
 */
final class TraceStory {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    final TraceGraph graph;
    private final AtomicInteger ids = new AtomicInteger();
    private Instant now = START;

    TraceStory(TraceGraph graph) {
        this.graph = graph;
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of("Id", AttributeValue.fromS(id));
    }

    /** A record read from {@code table}'s stream; {@code cause} is the write that made it, or null for an outside one. */
    String record(String table, String eventName, Map<String, AttributeValue> keys, String cause, int depth) {
        var record = streamRecord("ev-" + ids.incrementAndGet(), table, eventName, keys);
        graph.add(new RecordTraced(tick(), table, record, depth, Optional.ofNullable(cause)));
        return record.eventId();
    }

    private static StreamRecord streamRecord(String eventId, String table, String eventName,
            Map<String, AttributeValue> keys) {
        return new StreamRecord(eventId, eventName, "us-east-1",
                "arn:aws:dynamodb:us-east-1:000000000000:table/" + table + "/stream/2024-05-01T00:00:00.000",
                "shard-1", START, keys, Optional.of(Map.of("Big", AttributeValue.fromS("x".repeat(1000)))),
                Optional.empty(), "0000" + eventId.hashCode(), 100, "NEW_AND_OLD_IMAGES", Optional.empty());
    }

    /** The batch of these records starts waiting at a paused mapping. */
    PendingBatch waiting(String function, String... eventIds) {
        var records = Stream.of(eventIds).map(id -> streamRecord(id, "T", "MODIFY", key("x"))).toList();
        var batch = new PendingBatch("batch-" + ids.incrementAndGet(), function, "T", "shard-1",
                new TriggerEvent(records), tick());
        graph.add(new BatchWaiting(tick(), batch));
        return batch;
    }

    void released(PendingBatch batch) {
        graph.add(new BatchReleased(tick(), batch));
    }

    String put(String table, String id) {
        return record(table, "INSERT", key(id), null, 0);
    }

    /** A write sent during {@code invocationId}, told before that invocation ends. */
    String write(String invocationId, String operation, String table, Map<String, AttributeValue> key) {
        String id = "w-" + ids.incrementAndGet();
        graph.add(new WriteTraced(tick(), id, invocationId, new DerivedWrite(operation, table, key)));
        return id;
    }

    String newRequestId() {
        return "req-" + ids.incrementAndGet();
    }

    /** The invocation {@code requestId} ends after {@code millis}. */
    Invocation ended(String requestId, String function, int attempt, String outcome, int millis, String... causes) {
        var call = new Invocation(tick(), requestId, function, "T", "shard-1", attempt, List.of(causes), outcome,
                Duration.ofMillis(millis), "Error".equals(outcome) ? Optional.of("RuntimeException: boom")
                        : Optional.empty(), List.of());
        graph.add(call);
        return call;
    }

    /** An invocation that made no writes. */
    String invoke(String function, String outcome, String... causes) {
        String requestId = newRequestId();
        ended(requestId, function, 1, outcome, 5, causes);
        return requestId;
    }

    void log(String requestId, String function, String line) {
        graph.add(new FunctionLog(tick(), function, requestId, line));
    }

    void gaveUp(String function, String... eventIds) {
        graph.add(new BatchGivenUp(tick(), function, "T", "shard-1", "RetryAttemptsExhausted", List.of(eventIds)));
    }

    void loopGuard(String function, int depth, String... eventIds) {
        graph.add(new LoopGuardTripped(tick(), function, "T", depth, List.of(eventIds)));
    }

    Instant tick() {
        now = now.plusMillis(1);
        return now;
    }
}
