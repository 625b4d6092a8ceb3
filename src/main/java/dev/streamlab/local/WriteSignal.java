package dev.streamlab.local;

import java.time.Duration;

/**
 * Counts the writes the embedded server has completed, and lets stream readers wait for the next one
 * instead of polling: the Streams API has no long poll, but every write to our server passes through
 * this process.
 */
public final class WriteSignal {

    private long writes;

    synchronized void fire() {
        writes++;
        notifyAll();
    }

    /** The writes so far; pass it to {@link #awaitAfter} to miss none that happen in between. */
    public synchronized long mark() {
        return writes;
    }

    /** Waits until a write after {@code mark} completes, or the time is up; true when woken by a write. */
    public synchronized boolean awaitAfter(long mark, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (writes == mark) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
