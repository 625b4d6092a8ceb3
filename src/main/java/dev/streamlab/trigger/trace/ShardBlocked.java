package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A record keeps failing with retries unlimited: its shard waits, as on AWS. */
public record ShardBlocked(Instant time, String functionName, String table, String shardId, int attempts)
        implements TraceEvent {
}
