package dev.streamlab.trigger.trace;

import java.time.Instant;

/** A write a trigger made during an invocation; the record it produces names {@link #id()} as its cause. */
public record WriteTraced(Instant time, String id, String invocationId, DerivedWrite write) implements TraceEvent {
}
