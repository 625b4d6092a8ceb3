package dev.streamlab.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import java.util.List;

/**
 * Writes stream records in the shape Lambda hands a DynamoDB-triggered function: the shape users know
 * from their CloudWatch logs, and the one triggers receive.
 */
public final class LambdaEventJson {

    private LambdaEventJson() {
    }

    /** {"Records": [...]} */
    public static ObjectNode event(List<StreamRecord> records) {
        ObjectNode event = Json.mapper().createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(record -> array.add(record(record)));
        return event;
    }

    public static ObjectNode record(StreamRecord record) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("eventID", record.eventId());
        node.put("eventName", record.eventName());
        node.put("eventVersion", StreamRecord.EVENT_VERSION);
        node.put("eventSource", StreamRecord.EVENT_SOURCE);
        node.put("awsRegion", record.awsRegion());
        ObjectNode dynamodb = node.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", record.approximateCreationDateTime().getEpochSecond());
        dynamodb.set("Keys", ItemJson.toDynamoNode(record.keys()));
        record.newImage().ifPresent(image -> dynamodb.set("NewImage", ItemJson.toDynamoNode(image)));
        record.oldImage().ifPresent(image -> dynamodb.set("OldImage", ItemJson.toDynamoNode(image)));
        dynamodb.put("SequenceNumber", record.sequenceNumber());
        dynamodb.put("SizeBytes", record.sizeBytes());
        dynamodb.put("StreamViewType", record.streamViewType());
        record.userIdentity().ifPresent(who -> node.putObject("userIdentity")
                .put("principalId", who.principalId())
                .put("type", who.type()));
        node.put("eventSourceARN", record.eventSourceArn());
        return node;
    }
}
