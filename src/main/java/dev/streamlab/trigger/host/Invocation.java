package dev.streamlab.trigger.host;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One call of a trigger, as the trace and the log tell it.
 *
 * @param causes  the eventIDs of the records in the batch: what made this invocation happen
 * @param outcome Success, PartialFailure or Error
 */
public record Invocation(String requestId, String functionName, String table, String shardId, int attempt,
        List<String> causes, String outcome, Duration duration, Optional<String> error) {
}
