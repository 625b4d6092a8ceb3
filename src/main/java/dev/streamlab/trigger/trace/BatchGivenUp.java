package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import java.time.Instant;
import java.util.List;

/**
 * Retries or record age ran out: the records went to the on-failure destination, or were dropped without one.
 *
 * @param condition RetryAttemptsExhausted or RecordAgeExceeded, as Lambda names it
 * @param eventIds  the records given up on
 * @param records   the same records in full, for a front end that lists them; empty when only the ids were kept
 */
public record BatchGivenUp(Instant time, String functionName, String table, String shardId, String condition,
        List<String> eventIds, List<StreamRecord> records) implements TraceEvent {

    public BatchGivenUp {
        eventIds = List.copyOf(eventIds);
        records = List.copyOf(records);
    }

    /** Only the records' ids, as before the records themselves were carried. */
    public BatchGivenUp(Instant time, String functionName, String table, String shardId, String condition,
            List<String> eventIds) {
        this(time, functionName, table, shardId, condition, eventIds, List.of());
    }
}
