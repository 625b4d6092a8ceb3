package dev.streamlab.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Decides how long a shard's reader waits before its next GetRecords. */
final class Pacer {

    private final PollingSettings settings;
    private final Clock clock;
    private Instant lastRecords = Instant.MIN;

    Pacer(PollingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A write was seen: poll fast for a while, the record may need a moment to become readable. */
    void activity() {
        lastRecords = clock.instant();
    }

    Duration next(boolean gotRecords) {
        Instant now = clock.instant();
        if (gotRecords) {
            lastRecords = now;
            return Duration.ZERO;
        }
        boolean inBurst = lastRecords.isAfter(now.minus(settings.burstWindow()));
        return inBurst ? settings.fast() : settings.idle();
    }
}
