package dev.streamlab.trigger.host;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.trace.CausalTrace;
import dev.streamlab.trigger.trace.Invocation;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Invokes a trigger once and reads its answer the way Lambda reads a stream function's. */
final class FunctionCall {

    private final String functionName;
    private final Trigger trigger;
    private final DynamoDbClient dynamo;
    private final HostListener listener;
    private final boolean reportBatchItemFailures;
    private final CausalTrace trace;
    private final MappingStats stats;

    /** @param dynamo the client triggers get; its writes reach the trace through its interceptor */
    FunctionCall(String functionName, Trigger trigger, DynamoDbClient dynamo, HostListener listener,
            boolean reportBatchItemFailures, CausalTrace trace, MappingStats stats) {
        this.functionName = functionName;
        this.trigger = trigger;
        this.dynamo = dynamo;
        this.listener = listener;
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.trace = trace;
        this.stats = stats;
    }

    String functionName() {
        return functionName;
    }

    Attempt invoke(List<StreamRecord> records, String table, String shardId, int attempt) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Attempt result;
        List<String> reported = List.of();
        try {
            BatchResponse response = trace.during(requestId, records, () -> trigger.handle(new TriggerEvent(records),
                    new HostContext(functionName, requestId, dynamo, listener, trace)));
            reported = response == null ? List.of() : response.batchItemFailures();
            result = new Attempt(firstFailed(response, records), Optional.empty());
        } catch (Exception e) {
            result = new Attempt(0, Optional.of(e));
        }
        String outcome = result.succeeded(records.size()) ? "Success"
                : result.error().isPresent() ? "Error" : "PartialFailure";
        var invocation = new Invocation(trace.clock().instant(), requestId, functionName, table, shardId, attempt,
                records.stream().map(StreamRecord::eventId).toList(), outcome,
                Duration.ofNanos(System.nanoTime() - started),
                result.error().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()), reported);
        stats.invoked(invocation);
        trace.tell(invocation);
        listener.invoked(invocation);
        return result;
    }

    /**
     * With ReportBatchItemFailures, the lowest reported sequence number is where the retry starts; an
     * empty answer is success, and an identifier that names no record of the batch fails it whole.
     */
    private int firstFailed(BatchResponse response, List<StreamRecord> records) {
        if (!reportBatchItemFailures || response == null || response.allSucceeded()) {
            return records.size();
        }
        List<String> sequenceNumbers = records.stream().map(StreamRecord::sequenceNumber).toList();
        if (response.batchItemFailures().stream().anyMatch(id -> id == null || !sequenceNumbers.contains(id))) {
            return 0;
        }
        String lowest = response.batchItemFailures().stream().min((a, b) -> new BigInteger(a).compareTo(new BigInteger(b)))
                .orElseThrow();
        return sequenceNumbers.indexOf(lowest);
    }
}
