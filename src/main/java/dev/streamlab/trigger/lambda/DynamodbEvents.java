package dev.streamlab.trigger.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import dev.streamlab.stream.StreamRecord;
import java.util.Date;
import java.util.List;

/** Stream records → the {@link DynamodbEvent} Lambda's Java runtime would deserialise for a handler, every field set. */
final class DynamodbEvents {

    private DynamodbEvents() {
    }

    static DynamodbEvent event(List<StreamRecord> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(DynamodbEvents::record).toList());
        return event;
    }

    static DynamodbEvent.DynamodbStreamRecord record(StreamRecord record) {
        var converted = new DynamodbEvent.DynamodbStreamRecord();
        converted.setEventID(record.eventId());
        converted.setEventName(record.eventName());
        converted.setEventVersion(StreamRecord.EVENT_VERSION);
        converted.setEventSource(StreamRecord.EVENT_SOURCE);
        converted.setAwsRegion(record.awsRegion());
        converted.setEventSourceARN(record.eventSourceArn());
        converted.setDynamodb(dynamodb(record));
        record.userIdentity().ifPresent(who -> converted.setUserIdentity(
                new Identity().withPrincipalId(who.principalId()).withType(who.type())));
        return converted;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord dynamodb(StreamRecord record) {
        var dynamodb = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord();
        // AWS's own DynamodbEvent → SDK v2 transformer dereferences this without a null check.
        dynamodb.setApproximateCreationDateTime(Date.from(record.approximateCreationDateTime()));
        dynamodb.setKeys(EventAttributeValues.item(record.keys()));
        record.newImage().ifPresent(image -> dynamodb.setNewImage(EventAttributeValues.item(image)));
        record.oldImage().ifPresent(image -> dynamodb.setOldImage(EventAttributeValues.item(image)));
        dynamodb.setSequenceNumber(record.sequenceNumber());
        dynamodb.setSizeBytes(record.sizeBytes());
        dynamodb.setStreamViewType(StreamViewType.fromValue(record.streamViewType()));
        return dynamodb;
    }
}
