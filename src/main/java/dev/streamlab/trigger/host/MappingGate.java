package dev.streamlab.trigger.host;

import dev.streamlab.trigger.TriggerEvent;
import java.util.Optional;

/**
 * Step mode for one mapping: while paused, the next batch waits here, visible, until {@link #step()} lets
 * exactly that batch through or {@link #resume()} lets everything through again. The loop guard pauses a
 * mapping through the same gate.
 */
public final class MappingGate {

    private boolean paused;
    private int steps;
    private TriggerEvent pending;
    private String reason = "";

    public synchronized void pause(String why) {
        paused = true;
        reason = why;
    }

    public synchronized void resume() {
        paused = false;
        reason = "";
        notifyAll();
    }

    /** Lets the pending batch (or, if none waits yet, the next one) through; the gate stays paused. */
    public synchronized void step() {
        steps++;
        notifyAll();
    }

    public synchronized boolean paused() {
        return paused;
    }

    public synchronized String reason() {
        return reason;
    }

    /** The batch waiting to be delivered, exactly as the trigger will get it. */
    public synchronized Optional<TriggerEvent> pending() {
        return Optional.ofNullable(pending);
    }

    /** Blocks a batch while the mapping is paused and no step allows it. */
    synchronized void admit(TriggerEvent batch) throws InterruptedException {
        if (!paused) {
            return;
        }
        pending = batch;
        notifyAll();
        try {
            while (paused && steps == 0) {
                wait();
            }
            if (paused) {
                steps--;
            }
        } finally {
            pending = null;
        }
    }

    /** Waits until a batch is pending, for front ends and tests that show it. */
    public synchronized TriggerEvent awaitPending(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (pending == null) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new IllegalStateException("No batch came to the paused mapping in " + timeoutMillis + " ms");
            }
            wait(left);
        }
        return pending;
    }
}
