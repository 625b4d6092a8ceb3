package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.TriggerEvent;
import java.time.Instant;
import java.util.List;

/**
 * A batch held at a paused mapping, exactly as its trigger will get it; {@link #id()} is what a step names.
 * A mapping holds at most one per shard, since a shard's reader waits with it.
 */
public record PendingBatch(String id, String functionName, String table, String shardId, TriggerEvent event,
        Instant since) {

    public List<String> eventIds() {
        return event.records().stream().map(StreamRecord::eventId).toList();
    }
}
