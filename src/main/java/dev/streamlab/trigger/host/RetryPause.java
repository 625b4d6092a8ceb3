package dev.streamlab.trigger.host;

import java.time.Duration;

/** How long to wait before retrying a failed batch: exponential, capped. Tests replace it. */
@FunctionalInterface
public interface RetryPause {

    RetryPause EXPONENTIAL = attempt -> Thread.sleep(Math.min(Duration.ofSeconds(5).toMillis(), 100L << Math.min(attempt - 1, 10)));

    void pause(int attempt) throws InterruptedException;
}
