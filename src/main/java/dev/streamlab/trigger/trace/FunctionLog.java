package dev.streamlab.trigger.trace;

import java.time.Instant;

/** One line a trigger wrote to its log during the invocation {@code requestId}. */
public record FunctionLog(Instant time, String functionName, String requestId, String line) implements TraceEvent {
}
