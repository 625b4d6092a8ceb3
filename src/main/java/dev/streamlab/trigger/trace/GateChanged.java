package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A mapping was paused (by a user, or by the loop guard: {@code reason} says) or resumed. */
public record GateChanged(Instant time, String functionName, String table, boolean paused, String reason)
        implements TraceEvent {
}
