package dev.streamlab.stream;

/**
 * What handles one shard's records, in the KCL's lifecycle: initialize, then batches in order, then
 * either the shard's end (it was closed and fully read) or a shutdown (the reader stopped).
 */
public interface ShardRecordProcessor {

    /** The shard's position is fixed (its first iterator taken); batches follow. */
    void initialize(StreamHandle stream, String shardId);

    /** Records are handed on in shard order; when this returns, the batch counts as handled (checkpointed). */
    void processBatch(RecordBatch batch);

    default void shardEnded(StreamHandle stream, String shardId) {
    }

    default void shutdown(StreamHandle stream, String shardId) {
    }
}
