package dev.streamlab.trigger.host;

import dev.streamlab.trigger.trace.Invocation;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** What one mapping has done so far, counted as it happens on its readers' threads and read at any time. */
final class MappingStats {

    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile Duration lastDuration;
    private volatile boolean blocked;

    void invoked(Invocation call) {
        invocations.incrementAndGet();
        lastDuration = call.duration();
        if (call.succeeded()) {
            blocked = false;
        } else {
            errors.incrementAndGet();
        }
    }

    void blocked() {
        blocked = true;
    }

    long invocations() {
        return invocations.get();
    }

    long errors() {
        return errors.get();
    }

    Optional<Duration> lastDuration() {
        return Optional.ofNullable(lastDuration);
    }

    boolean isBlocked() {
        return blocked;
    }
}
