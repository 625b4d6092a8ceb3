package dev.streamlab.stream;

/**
 * What handles one shard's records, in the KCL's lifecycle: initialize, then batches in order, then
 * either the shard's end (it was closed and fully read) or a shutdown (the reader stopped). The
 * processor decides when records count as handled, by checkpointing: a reader restarted after a crash
 * resumes after the last checkpoint, so nothing handed on but not yet handled is lost.
 */
public interface ShardRecordProcessor {

    /** The shard's position is fixed (its first iterator taken); batches follow. */
    void initialize(StreamHandle stream, String shardId, Checkpointer checkpointer);

    /** Records in shard order. */
    void processBatch(RecordBatch batch);

    /** A read found nothing new: the moment to hand on what waits for a batching window to end. */
    default void idle(StreamHandle stream, String shardId) {
    }

    /** The shard is closed and fully read: hand on whatever still waits. */
    default void shardEnded(StreamHandle stream, String shardId) {
    }

    default void shutdown(StreamHandle stream, String shardId) {
    }
}
