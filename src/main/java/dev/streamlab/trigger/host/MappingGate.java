package dev.streamlab.trigger.host;

import dev.streamlab.trigger.TriggerEvent;
import dev.streamlab.trigger.trace.BatchReleased;
import dev.streamlab.trigger.trace.BatchWaiting;
import dev.streamlab.trigger.trace.GateChanged;
import dev.streamlab.trigger.trace.PendingBatch;
import dev.streamlab.trigger.trace.TraceEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Step mode for one mapping. While paused, each shard's next batch waits here, visible with an id, until
 * {@link #step(String)} lets exactly that batch through or {@link #resume()} lets everything through again. Every
 * change is told as it happens (a batch starts or stops waiting, the gate pauses or resumes). The loop guard pauses
 * a mapping through the same gate.
 */
public final class MappingGate {

    private final String functionName;
    private final String table;
    private final Consumer<TraceEvent> events;
    private final Clock clock;
    private final Map<String, PendingBatch> waiting = new LinkedHashMap<>();
    private final Set<String> stepped = new HashSet<>();
    private boolean paused;
    private boolean byLoopGuard;
    private String reason = "";

    /** @param events told every change, under this gate's lock: it must not block */
    public MappingGate(String functionName, String table, Consumer<TraceEvent> events, Clock clock) {
        this.functionName = functionName;
        this.table = table;
        this.events = events;
        this.clock = clock;
    }

    public synchronized void pause(String why) {
        pause(why, false);
    }

    /** Paused by the loop guard: a chain of causes grew too long. */
    synchronized void trip(String why) {
        pause(why, true);
    }

    private void pause(String why, boolean loopGuard) {
        paused = true;
        byLoopGuard = loopGuard;
        reason = why;
        events.accept(new GateChanged(clock.instant(), functionName, table, true, why));
    }

    public synchronized void resume() {
        if (!paused) {
            return;
        }
        paused = false;
        byLoopGuard = false;
        reason = "";
        notifyAll();
        events.accept(new GateChanged(clock.instant(), functionName, table, false, ""));
    }

    /** Lets exactly the named waiting batch through; the gate stays paused. False when no such batch waits. */
    public synchronized boolean step(String batchId) {
        if (!waiting.containsKey(batchId)) {
            return false;
        }
        stepped.add(batchId);
        notifyAll();
        return true;
    }

    public synchronized boolean paused() {
        return paused;
    }

    public synchronized boolean pausedByLoopGuard() {
        return paused && byLoopGuard;
    }

    public synchronized String reason() {
        return reason;
    }

    /** The batches waiting now, one per shard at most, oldest first. */
    public synchronized List<PendingBatch> pending() {
        return new ArrayList<>(waiting.values());
    }

    /** Holds a batch while the mapping is paused, until a step names it or the gate resumes. */
    synchronized void admit(String shardId, TriggerEvent event) throws InterruptedException {
        if (!paused) {
            return;
        }
        var batch = new PendingBatch(UUID.randomUUID().toString(), functionName, table, shardId, event, clock.instant());
        waiting.put(batch.id(), batch);
        events.accept(new BatchWaiting(clock.instant(), batch));
        notifyAll();
        try {
            while (paused && !stepped.contains(batch.id())) {
                wait();
            }
        } finally {
            waiting.remove(batch.id());
            stepped.remove(batch.id());
            events.accept(new BatchReleased(clock.instant(), batch));
        }
    }

    /** Waits until a batch waits, for front ends and tests that show it; the oldest one waiting. */
    public synchronized PendingBatch awaitPending(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (waiting.isEmpty()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("No batch came to the paused mapping in " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return waiting.values().iterator().next();
    }
}
