package dev.streamlab.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A page of items. {@code nextKey} is present whenever DynamoDB may hold more matching items, even when
 * a filter made this page short, so a caller can always tell "no more" from "more to read".
 *
 * @param scannedCount      how many items DynamoDB read for this page before its filter (its ScannedCount)
 * @param consumedCapacity  the capacity units the page cost, when DynamoDB said (AWS does; ReturnConsumedCapacity)
 */
public record ItemPage(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> nextKey,
        int scannedCount, Optional<Double> consumedCapacity) {

    public boolean hasMore() {
        return nextKey.isPresent();
    }
}
