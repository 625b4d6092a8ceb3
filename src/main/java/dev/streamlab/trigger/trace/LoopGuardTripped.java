package dev.streamlab.trigger.trace;

import java.time.Instant;
import java.util.List;

/** A chain of causes grew past the loop guard's limit at this batch; its mapping is paused until resumed. */
public record LoopGuardTripped(Instant time, String functionName, String table, int depth, List<String> eventIds)
        implements TraceEvent {

    public LoopGuardTripped {
        eventIds = List.copyOf(eventIds);
    }
}
