package dev.streamlab.ui.triggers;

import dev.streamlab.trigger.trace.FunctionLog;
import dev.streamlab.trigger.trace.Invocation;
import dev.streamlab.trigger.trace.RecordTraced;
import dev.streamlab.trigger.trace.TraceEvent;
import dev.streamlab.trigger.trace.WriteTraced;
import java.util.Optional;

/**
 * What the last invocation is told, made on the thread a trace event happens on: its log lines, its derived writes,
 * the records they produced, and the invocation itself (which ends after its writes and lines).
 */
sealed interface StoryEvent {

    record Logged(String requestId, String line) implements StoryEvent {
    }

    record Wrote(String invocationId, WrittenItem write) implements StoryEvent {
    }

    /** A record caused by a derived write, named by the write's id. */
    record Produced(String writeId, RecordChange change) implements StoryEvent {
    }

    record Invoked(InvocationRow invocation) implements StoryEvent {
    }

    static Optional<StoryEvent> of(TraceEvent event) {
        if (event instanceof FunctionLog log) {
            return Optional.of(new Logged(log.requestId(), Formats.time(log.time()) + "  " + log.line()));
        }
        if (event instanceof WriteTraced write) {
            return Optional.of(new Wrote(write.invocationId(), WrittenItem.of(write)));
        }
        if (event instanceof RecordTraced record && record.cause().isPresent()) {
            return Optional.of(new Produced(record.cause().get(), RecordChange.of(record.record())));
        }
        if (event instanceof Invocation invocation) {
            return Optional.of(new Invoked(InvocationRow.of(invocation)));
        }
        return Optional.empty();
    }
}
