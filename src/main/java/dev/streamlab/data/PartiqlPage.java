package dev.streamlab.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One page of a PartiQL statement's result; {@code nextToken} is present while DynamoDB holds more. */
public record PartiqlPage(List<Map<String, AttributeValue>> items, Optional<String> nextToken) {

    public boolean hasMore() {
        return nextToken.isPresent();
    }
}
