package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A batch started waiting at a paused mapping. */
public record BatchWaiting(Instant time, PendingBatch batch) implements TraceEvent {
}
