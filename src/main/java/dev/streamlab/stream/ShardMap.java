package dev.streamlab.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Lists a stream's shards (DescribeStream, every page) with their parents. */
final class ShardMap {

    private ShardMap() {
    }

    static List<ShardInfo> describe(DynamoDbStreamsClient streams, String streamArn) {
        List<ShardInfo> shards = new ArrayList<>();
        String after = null;
        do {
            String start = after;
            DescribeStreamResponse page = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(start));
            page.streamDescription().shards().forEach(shard -> shards.add(new ShardInfo(shard.shardId(),
                    Optional.ofNullable(shard.parentShardId()),
                    shard.sequenceNumberRange() != null && shard.sequenceNumberRange().endingSequenceNumber() != null)));
            after = page.streamDescription().lastEvaluatedShardId();
        } while (after != null);
        return shards;
    }
}
