package dev.streamlab.trigger.host;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether a host (or one mapping) is shutting down: from then on no batch starts. A reader about to start one waits
 * here instead, until closing interrupts it; its records stay unhandled and come again after a restart.
 */
final class HostStop {

    private volatile boolean stopping;
    private final AtomicInteger held = new AtomicInteger();

    void begin() {
        stopping = true;
    }

    void holdIfStopping() throws InterruptedException {
        if (stopping) {
            held.incrementAndGet();
            try {
                new CountDownLatch(1).await();
            } finally {
                held.decrementAndGet();
            }
        }
    }

    /** Readers waiting here now: the shutdown's progress, in the log of a slow stop and in tests. */
    int held() {
        return held.get();
    }
}
