package dev.streamlab.trigger.trace;

import java.time.Instant;
import java.util.List;

/**
 * Retries or record age ran out: the records went to the on-failure destination, or were dropped without one.
 *
 * @param condition RetryAttemptsExhausted or RecordAgeExceeded, as Lambda names it
 * @param eventIds  the records given up on
 */
public record BatchGivenUp(Instant time, String functionName, String table, String shardId, String condition,
        List<String> eventIds) implements TraceEvent {

    public BatchGivenUp {
        eventIds = List.copyOf(eventIds);
    }
}
