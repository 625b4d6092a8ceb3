package dev.streamlab.trigger.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One call of a trigger, as the trace and the log tell it.
 *
 * @param time              when it ended
 * @param causes            the eventIDs of the records in the batch: what made this invocation happen
 * @param outcome           Success, PartialFailure or Error
 * @param batchItemFailures the sequence numbers the trigger reported failed (ReportBatchItemFailures)
 */
public record Invocation(Instant time, String requestId, String functionName, String table, String shardId,
        int attempt, List<String> causes, String outcome, Duration duration, Optional<String> error,
        List<String> batchItemFailures) implements TraceEvent {

    public Invocation {
        causes = List.copyOf(causes);
        batchItemFailures = List.copyOf(batchItemFailures);
    }

    public boolean succeeded() {
        return "Success".equals(outcome);
    }
}
