package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A waiting batch went on: stepped, resumed, or dropped because its reader stopped. */
public record BatchReleased(Instant time, PendingBatch batch) implements TraceEvent {
}
