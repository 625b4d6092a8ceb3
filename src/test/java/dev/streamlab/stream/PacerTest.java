package dev.streamlab.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final PollingSettings SETTINGS = new PollingSettings(Duration.ofMillis(10), Duration.ofMillis(250),
            Duration.ofSeconds(3), Duration.ofSeconds(10));

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final Pacer pacer = new Pacer(SETTINGS, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void readsAgainAtOnceAfterRecordsFastDuringABurstAndSlowlyWhenIdle() {
        assertThat(pacer.next(false)).as("idle from the start").isEqualTo(Duration.ofMillis(250));
        assertThat(pacer.next(true)).as("records: read again at once").isZero();

        now = now.plusSeconds(2);
        assertThat(pacer.next(false)).as("2 s after records: still a burst").isEqualTo(Duration.ofMillis(10));

        now = now.plusSeconds(2);
        assertThat(pacer.next(false)).as("4 s after records: idle").isEqualTo(Duration.ofMillis(250));
    }
}
