package dev.streamlab.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition a test can only poll (an item, a file line), failing at a deadline. */
public final class Await {

    public static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        until(what, DEADLINE, condition);
    }

    public static void until(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not reached within " + deadline + ": " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
