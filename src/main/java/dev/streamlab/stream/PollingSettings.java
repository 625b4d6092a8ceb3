package dev.streamlab.stream;

import java.time.Duration;

/**
 * Adaptive polling, for endpoints that cannot wake a reader on write: read again at once after records,
 * at {@code fast} for {@code burstWindow} after the last records (bursts flow at the floor), else at
 * {@code idle} (AWS's own readers poll 4 times a second).
 */
public record PollingSettings(Duration fast, Duration idle, Duration burstWindow, Duration describeEvery) {

    public static final PollingSettings DEFAULT = new PollingSettings(Duration.ofMillis(10), Duration.ofMillis(250),
            Duration.ofSeconds(3), Duration.ofSeconds(10));

    /**
     * For the embedded server, whose writes wake the readers: idle polls are only a safety net, and after a
     * write a fast burst catches the record the moment DynamoDB Local makes it readable (which can take
     * a while on a busy machine).
     */
    public static final PollingSettings WAKE_ON_WRITE = new PollingSettings(Duration.ofMillis(5), Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofSeconds(10));
}
