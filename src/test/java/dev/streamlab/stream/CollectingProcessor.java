package dev.streamlab.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Keeps every record handed to it, and lets a test wait (with a deadline) until some have come. */
final class CollectingProcessor implements ShardRecordProcessor {

    private final List<StreamRecord> records = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();
    private final List<String> initialized = new ArrayList<>();
    private final Map<String, Checkpointer> checkpointers = new HashMap<>();

    @Override
    public synchronized void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
        initialized.add(shardId);
        checkpointers.put(shardId, checkpointer);
        notifyAll();
    }

    /** Waits until some shard's position is fixed; fails the test at the deadline. */
    synchronized void awaitInitialized(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (initialized.isEmpty()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No shard was initialized in " + deadline);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public synchronized void processBatch(RecordBatch batch) {
        records.addAll(batch.records());
        checkpointers.get(batch.shardId()).checkpoint(batch.lastSequenceNumber());
        notifyAll();
    }

    @Override
    public synchronized void shardEnded(StreamHandle stream, String shardId) {
        ended.add(shardId);
    }

    synchronized List<StreamRecord> records() {
        return List.copyOf(records);
    }

    /** Waits until the records satisfy the condition; fails the test at the deadline. */
    synchronized List<StreamRecord> awaitRecords(Predicate<List<StreamRecord>> condition, Duration deadline)
            throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.test(records)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Records did not arrive in " + deadline + "; got " + records);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(records);
    }
}
