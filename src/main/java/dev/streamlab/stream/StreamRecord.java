package dev.streamlab.stream;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One stream record, holding exactly what a Lambda DynamoDB event record carries.
 *
 * @param eventName INSERT, MODIFY or REMOVE
 * @param shardId   the shard it was read from (not part of Lambda's record; kept for ordering and checkpoints)
 */
public record StreamRecord(
        String eventId,
        String eventName,
        String awsRegion,
        String eventSourceArn,
        String shardId,
        Instant approximateCreationDateTime,
        Map<String, AttributeValue> keys,
        Optional<Map<String, AttributeValue>> newImage,
        Optional<Map<String, AttributeValue>> oldImage,
        String sequenceNumber,
        long sizeBytes,
        String streamViewType,
        Optional<UserIdentity> userIdentity) {

    public static final String EVENT_VERSION = "1.1";
    public static final String EVENT_SOURCE = "aws:dynamodb";

    /** Who made the change, when DynamoDB says (TTL deletions: "dynamodb.amazonaws.com", type "Service"). */
    public record UserIdentity(String principalId, String type) {
    }
}
