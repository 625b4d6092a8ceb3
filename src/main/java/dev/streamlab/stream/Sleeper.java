package dev.streamlab.stream;

import java.time.Duration;

/** How a reader waits between polls; tests replace it, and a wake-on-write signal can cut it short. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
