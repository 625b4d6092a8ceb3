package dev.streamlab.stream;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which shards may be read now: a child only after its parent is drained, so a key's records are never
 * seen out of order across a shard split. A parent no longer listed (expired) counts as drained.
 */
final class Lineage {

    private final Set<String> started = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    private final Set<String> initial = new HashSet<>();
    private StartingPosition start = StartingPosition.TRIM_HORIZON;

    /**
     * Remembers the shards there are when reading starts. From LATEST, the closed ones among them hold
     * only old records and are passed over.
     */
    void begin(List<ShardInfo> shards, StartingPosition position) {
        start = position;
        shards.forEach(shard -> initial.add(shard.shardId()));
        if (start == StartingPosition.LATEST) {
            shards.stream().filter(ShardInfo::closed).forEach(shard -> finished.add(shard.shardId()));
        }
    }

    synchronized List<ShardInfo> ready(List<ShardInfo> shards) {
        Set<String> listed = shards.stream().map(ShardInfo::shardId).collect(Collectors.toSet());
        return shards.stream()
                .filter(shard -> !started.contains(shard.shardId()) && !finished.contains(shard.shardId()))
                .filter(shard -> shard.parentShardId().map(parent -> !listed.contains(parent) || finished.contains(parent))
                        .orElse(true))
                .toList();
    }

    synchronized void started(String shardId) {
        started.add(shardId);
    }

    synchronized void finished(String shardId) {
        finished.add(shardId);
    }

    /** A shard whose reader stopped early (caught up, or gone without ending) may be read again. */
    synchronized void released(String shardId) {
        started.remove(shardId);
    }

    /** Shards open when reading began start at the chosen position; later ones from their first record. */
    StartingPosition positionFor(String shardId) {
        return initial.contains(shardId) ? start : StartingPosition.TRIM_HORIZON;
    }
}
