package dev.streamlab.stream;

import java.util.Optional;

/** The last sequence number fully handled, per shard: where reading resumes after a restart or an error. */
public interface CheckpointStore {

    Optional<String> get(String shardId);

    void save(String shardId, String sequenceNumber);
}
