package dev.streamlab.stream;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Checkpoints that last as long as the process: enough for tailing a stream. */
public final class InMemoryCheckpoints implements CheckpointStore {

    private final Map<String, String> sequenceNumbers = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String shardId) {
        return Optional.ofNullable(sequenceNumbers.get(shardId));
    }

    @Override
    public void save(String shardId, String sequenceNumber) {
        sequenceNumbers.put(shardId, sequenceNumber);
    }
}
