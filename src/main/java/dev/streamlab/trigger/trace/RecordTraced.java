package dev.streamlab.trigger.trace;

import dev.streamlab.stream.StreamRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * A stream record, told once however many readers see it.
 *
 * @param cause the id of the derived write that produced it; empty for a write made outside any trigger
 * @param depth how many trigger invocations lie between it and a write made outside any trigger
 */
public record RecordTraced(Instant time, String table, StreamRecord record, int depth, Optional<String> cause)
        implements TraceEvent {

    public String eventId() {
        return record.eventId();
    }
}
