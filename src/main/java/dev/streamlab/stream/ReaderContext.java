package dev.streamlab.stream;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** What every shard reader of one follower shares. Clock and waiter are injectable for tests. */
record ReaderContext(DynamoDbStreamsClient streams, CheckpointStore checkpoints, StreamListener listener,
        PollingSettings polling, Clock clock, Waiter waiter) {
}
