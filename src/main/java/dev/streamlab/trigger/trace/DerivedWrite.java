package dev.streamlab.trigger.trace;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item a trigger wrote, deleted or changed.
 *
 * @param key the item's key when the request names it (UpdateItem, DeleteItem), else its whole item (PutItem)
 */
public record DerivedWrite(String operation, String table, Map<String, AttributeValue> key) {

    /** Whether a stream record with these keys can be this write's: its keys are all in this write's key or item. */
    boolean produced(String recordTable, Map<String, AttributeValue> recordKeys) {
        return table.equals(recordTable) && recordKeys.entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(key.get(entry.getKey())));
    }
}
