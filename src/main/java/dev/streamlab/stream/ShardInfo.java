package dev.streamlab.stream;

import java.util.Optional;

/** A shard of a stream and its place in the lineage. A closed shard gets no new records; its children do. */
public record ShardInfo(String shardId, Optional<String> parentShardId, boolean closed) {
}
