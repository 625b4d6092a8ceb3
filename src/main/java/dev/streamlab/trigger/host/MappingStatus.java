package dev.streamlab.trigger.host;

import java.time.Duration;
import java.util.Optional;

/**
 * A mapping as a front end shows it, at one moment.
 *
 * @param reason         why it is paused (a user's pause, the loop guard), or empty
 * @param recordsWaiting records read from its stream but not yet handled: how far it is behind
 * @param batchesWaiting batches held at its paused gate, one per shard at most
 */
public record MappingStatus(String functionName, String table, State state, String reason, long invocations,
        long errors, Optional<Duration> lastDuration, int recordsWaiting, int batchesWaiting) {

    /** What a mapping is doing. */
    public enum State {
        DISABLED, RUNNING, PAUSED, LOOP_GUARD, BLOCKED;

        /** In words for a status column, e.g. "loop guard". */
        public String words() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
