package dev.streamlab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Carries items made on other threads (stream readers, the trigger host) to the FX thread in batches. Producers
 * never wait: an item goes into a bounded queue (when it is full the oldest is dropped and counted), and at most one
 * drain is scheduled on the FX thread at a time, which hands everything queued to the consumer as one list.
 * Cryptomator's FxFSEventList and JavaFX's own Task.updateMessage coalesce the same way.
 */
public final class LiveFeed<T> {

    private final int capacity;
    private final Executor fxThread;
    private final Consumer<List<T>> consumer;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    /**
     * @param fxThread runs the drain: {@code Platform::runLater} in the window, something a test controls in tests
     * @param consumer gets each batch on the FX thread, in the order the items were offered
     */
    public LiveFeed(int capacity, Executor fxThread, Consumer<List<T>> consumer) {
        this.capacity = capacity;
        this.fxThread = fxThread;
        this.consumer = consumer;
    }

    /** From any thread; never blocks. */
    public void offer(T item) {
        queue.add(item);
        if (size.incrementAndGet() > capacity && queue.poll() != null) {
            size.decrementAndGet();
            dropped.incrementAndGet();
        }
        if (drainScheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    /** Items dropped because the FX thread fell a whole queue behind. */
    public long dropped() {
        return dropped.get();
    }

    private void drain() {
        // Cleared first: an item offered while this drain runs schedules the next one.
        drainScheduled.set(false);
        List<T> batch = new ArrayList<>(Math.min(size.get(), capacity));
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            size.decrementAndGet();
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
