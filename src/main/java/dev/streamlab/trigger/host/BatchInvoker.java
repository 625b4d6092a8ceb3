package dev.streamlab.trigger.host;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.trace.BatchGivenUp;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.LoopGuardTripped;
import dev.streamlab.trigger.trace.ShardBlocked;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers one batch with Lambda's stream semantics: retries with backoff, bisecting on errors (halves use
 * no retry budget), restarting after the records a partial failure reports done, and, when retries or
 * record age run out, handing the rest to the on-failure destination so the shard goes on. Returns only
 * when every record is handled one way or the other.
 */
final class BatchInvoker {

    /** Said early, then again now and then: a blocked shard must not look like a quiet one. */
    private static final int BLOCKED_FIRST_REPORT = 3;
    private static final int BLOCKED_REPORT_EVERY = 10;

    private final FunctionCall call;
    private final DeliveryRules rules;
    private final Optional<FailureFile> destination;
    private final String functionArn;
    private final HostListener listener;
    private final RetryPause pause;
    private final Clock clock;
    private final MappingGate gate;
    private final CausalTrace trace;
    private final int loopLimit;
    private final MappingStats stats;
    private final HostStop stop;

    BatchInvoker(FunctionCall call, DeliveryRules rules, Optional<FailureFile> destination, String functionArn,
            HostListener listener, RetryPause pause, Clock clock, MappingGate gate, CausalTrace trace, int loopLimit,
            MappingStats stats, HostStop stop) {
        this.call = call;
        this.rules = rules;
        this.destination = destination;
        this.functionArn = functionArn;
        this.listener = listener;
        this.pause = pause;
        this.clock = clock;
        this.gate = gate;
        this.trace = trace;
        this.loopLimit = loopLimit;
        this.stats = stats;
        this.stop = stop;
    }

    void listening(String table, String shardId) {
        listener.listening(call.functionName(), table, shardId);
    }

    /** Delivers a batch once the gate admits it; a batch deeper in a chain of causes than allowed pauses the gate. */
    void deliver(String table, String shardId, List<StreamRecord> batch) throws InterruptedException {
        int depth = batch.stream().mapToInt(trace::seen).max().orElse(0);
        if (depth > loopLimit && !gate.paused()) {
            gate.trip("a chain of " + depth + " writes, each caused by the one before, passed the loop guard's "
                    + loopLimit + ": the trigger may be writing to its own source table without end");
            trace.tell(new LoopGuardTripped(clock.instant(), call.functionName(), table, depth,
                    batch.stream().map(StreamRecord::eventId).toList()));
            listener.loopGuard(call.functionName(), depth);
        }
        gate.admit(shardId, new TriggerEvent(batch));
        deliver(table, shardId, batch, 0);
    }

    private void deliver(String table, String shardId, List<StreamRecord> batch, int retriesUsed)
            throws InterruptedException {
        List<StreamRecord> pending = batch;
        int retries = retriesUsed;
        int invocations = 0;
        while (!pending.isEmpty()) {
            List<StreamRecord> expired = expired(pending);
            if (!expired.isEmpty()) {
                giveUp(table, shardId, expired, "RecordAgeExceeded", invocations, "Unhandled");
                pending = pending.subList(expired.size(), pending.size());
                continue;
            }
            stop.holdIfStopping();
            invocations++;
            Attempt attempt = call.invoke(pending, table, shardId, retries + 1);
            if (attempt.succeeded(pending.size())) {
                return;
            }
            pending = pending.subList(attempt.firstFailed(), pending.size());
            if (attempt.error().isPresent() && rules.bisectOnError() && pending.size() > 1) {
                int half = pending.size() / 2;
                deliver(table, shardId, pending.subList(0, half), retries);
                deliver(table, shardId, pending.subList(half, pending.size()), retries);
                return;
            }
            retries++;
            if (rules.retriesExhausted(retries)) {
                giveUp(table, shardId, pending, "RetryAttemptsExhausted", invocations,
                        attempt.error().isPresent() ? "Unhandled" : "PartialFailure");
                return;
            }
            if (rules.maximumRetryAttempts() < 0 && (retries == BLOCKED_FIRST_REPORT || retries % BLOCKED_REPORT_EVERY == 0)) {
                stats.blocked();
                trace.tell(new ShardBlocked(clock.instant(), call.functionName(), table, shardId, retries));
                listener.blocked(call.functionName(), shardId, retries);
            }
            pause.pause(retries);
        }
    }

    /** The leading records older than the mapping's maximum record age. */
    private List<StreamRecord> expired(List<StreamRecord> records) {
        if (rules.maximumRecordAge().isEmpty()) {
            return List.of();
        }
        Instant oldestAllowed = clock.instant().minus(rules.maximumRecordAge().get());
        int count = 0;
        while (count < records.size() && records.get(count).approximateCreationDateTime().isBefore(oldestAllowed)) {
            count++;
        }
        return records.subList(0, count);
    }

    private void giveUp(String table, String shardId, List<StreamRecord> records, String condition, int invocations,
            String functionError) {
        destination.ifPresent(sink -> sink.send(FailureRecord.of(functionArn, UUID.randomUUID().toString(),
                condition, invocations, functionError, shardId, records, clock.instant())));
        List<String> eventIds = records.stream().map(StreamRecord::eventId).toList();
        trace.tell(new BatchGivenUp(clock.instant(), call.functionName(), table, shardId, condition, eventIds, records));
        listener.gaveUp(call.functionName(), condition, eventIds);
    }
}
