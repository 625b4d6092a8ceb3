package dev.streamlab.stream;

import dev.streamlab.local.WriteSignal;
import java.time.Duration;

/**
 * How a shard reader waits between polls. Against the embedded server it is woken by the next write;
 * elsewhere it simply sleeps. Tests may replace it.
 */
public interface Waiter {

    /** Sleeps the whole time: for endpoints whose writes this process cannot see. */
    Waiter SLEEP = new Waiter() {
        @Override
        public long mark() {
            return 0;
        }

        @Override
        public boolean await(long mark, Duration max) throws InterruptedException {
            Thread.sleep(max.toMillis());
            return false;
        }
    };

    /** Taken before a read, so that a wake-up between the read and the wait is not missed. */
    long mark();

    /** Waits up to {@code max}; true when woken early by activity after {@code mark}. */
    boolean await(long mark, Duration max) throws InterruptedException;

    static Waiter onWrites(WriteSignal writes) {
        return new Waiter() {
            @Override
            public long mark() {
                return writes.mark();
            }

            @Override
            public boolean await(long mark, Duration max) throws InterruptedException {
                return writes.awaitAfter(mark, max);
            }
        };
    }
}
