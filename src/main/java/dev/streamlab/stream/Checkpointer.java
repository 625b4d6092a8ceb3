package dev.streamlab.stream;

/** Records, for one shard, that everything up to a sequence number is handled. */
@FunctionalInterface
public interface Checkpointer {

    void checkpoint(String sequenceNumber);
}
