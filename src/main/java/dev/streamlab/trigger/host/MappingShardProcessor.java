package dev.streamlab.trigger.host;

import dev.streamlab.stream.Checkpointer;
import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.stream.RecordBatch;
import dev.streamlab.stream.ShardRecordProcessor;
import dev.streamlab.stream.StreamHandle;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.filter.FilterCriteria;
import dev.streamlab.trigger.trace.CausalTrace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One mapping's handling of a stream, shard by shard: filters records, gathers them into batches of up to
 * BatchSize (waiting at most the batching window), delivers each batch, and checkpoints only what is
 * handled, so a restart resumes exactly after it. Filtered-out records advance the checkpoint too.
 */
final class MappingShardProcessor implements ShardRecordProcessor {

    private final FilterCriteria filter;
    private final int batchSize;
    private final Duration window;
    private final BatchInvoker invoker;
    private final Clock clock;
    private final CausalTrace trace;
    private final Map<String, ShardBuffer> shards = new ConcurrentHashMap<>();

    MappingShardProcessor(FilterCriteria filter, int batchSize, Duration window, BatchInvoker invoker, Clock clock,
            CausalTrace trace) {
        this.trace = trace;
        this.filter = filter;
        this.batchSize = batchSize;
        this.window = window;
        this.invoker = invoker;
        this.clock = clock;
    }

    /** A shard's records waiting for their batch, each with the sequence number read before it. */
    private static final class ShardBuffer {
        final Checkpointer checkpointer;
        final List<StreamRecord> waiting = new ArrayList<>();
        final List<String> before = new ArrayList<>();
        String lastSeen;
        String lastCheckpoint;
        Instant firstWaitingSince;

        ShardBuffer(Checkpointer checkpointer) {
            this.checkpointer = checkpointer;
        }
    }

    @Override
    public void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer) {
        shards.put(shardId, new ShardBuffer(checkpointer));
        invoker.listening(stream.table(), shardId);
    }

    @Override
    public void processBatch(RecordBatch batch) {
        ShardBuffer shard = shards.get(batch.shardId());
        for (StreamRecord record : batch.records()) {
            trace.seen(record);
            if (filter.matches(LambdaEventJson.record(record))) {
                if (shard.waiting.isEmpty()) {
                    shard.firstWaitingSince = clock.instant();
                }
                shard.waiting.add(record);
                shard.before.add(shard.lastSeen);
            }
            shard.lastSeen = record.sequenceNumber();
        }
        deliver(batch.stream(), batch.shardId(), shard, windowEnded(shard));
    }

    @Override
    public void idle(StreamHandle stream, String shardId) {
        ShardBuffer shard = shards.get(shardId);
        deliver(stream, shardId, shard, windowEnded(shard));
    }

    @Override
    public void shardEnded(StreamHandle stream, String shardId) {
        deliver(stream, shardId, shards.remove(shardId), true);
    }

    @Override
    public void shutdown(StreamHandle stream, String shardId) {
        shards.remove(shardId);
    }

    /** Whether a reader has taken its position in a shard: from LATEST, writes from now on reach this mapping. */
    boolean listening() {
        return !shards.isEmpty();
    }

    /**
     * Records read but not yet handled, over all shards: how far the mapping is behind its stream. Read from
     * another thread, so only a glimpse, which is all a status column needs.
     */
    int recordsWaiting() {
        return shards.values().stream().mapToInt(shard -> shard.waiting.size()).sum();
    }

    private boolean windowEnded(ShardBuffer shard) {
        return window.isZero() || (!shard.waiting.isEmpty()
                && !clock.instant().isBefore(shard.firstWaitingSince.plus(window)));
    }

    /**
     * Delivers full batches, and with {@code all} what remains too, checkpointing after each batch (one read can
     * make many batches, and a crash must not hand the finished ones over again); then checkpoints what is handled.
     */
    private void deliver(StreamHandle stream, String shardId, ShardBuffer shard, boolean all) {
        try {
            while (shard.waiting.size() >= batchSize || (all && !shard.waiting.isEmpty())) {
                int size = Math.min(batchSize, shard.waiting.size());
                invoker.deliver(stream.table(), shardId, List.copyOf(shard.waiting.subList(0, size)));
                shard.waiting.subList(0, size).clear();
                shard.before.subList(0, size).clear();
                shard.firstWaitingSince = clock.instant();
                checkpoint(shard);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while delivering to shard " + shardId, e);
        }
        checkpoint(shard);
    }

    /** Saves the position after the last record handled: before the first waiting one, or the last one read. */
    private static void checkpoint(ShardBuffer shard) {
        String handled = shard.waiting.isEmpty() ? shard.lastSeen : shard.before.get(0);
        if (handled != null && !handled.equals(shard.lastCheckpoint)) {
            shard.checkpointer.checkpoint(handled);
            shard.lastCheckpoint = handled;
        }
    }
}
