package dev.streamlab.connect;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The DynamoDB and DynamoDB Streams clients of one connection profile. */
public record Clients(ConnectionProfile profile, DynamoDbClient dynamo, DynamoDbStreamsClient streams)
        implements AutoCloseable {

    @Override
    public void close() {
        dynamo.close();
        streams.close();
    }
}
