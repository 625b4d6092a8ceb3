package dev.streamlab.trigger.trace;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One item of one table, by its key: the records of an item are found by it. */
public record TracedItem(String table, Map<String, AttributeValue> key) {

    public TracedItem {
        key = Map.copyOf(key);
    }
}
