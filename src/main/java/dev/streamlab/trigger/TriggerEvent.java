package dev.streamlab.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.stream.LambdaEventJson;
import dev.streamlab.stream.StreamRecord;
import java.util.List;

/** One batch of stream records, as Lambda's DynamoDB event holds them ({"Records": [...]}). */
public record TriggerEvent(List<StreamRecord> records) {

    public TriggerEvent {
        records = List.copyOf(records);
    }

    /** The exact event JSON a Lambda function would receive. */
    public ObjectNode json() {
        return LambdaEventJson.event(records);
    }
}
