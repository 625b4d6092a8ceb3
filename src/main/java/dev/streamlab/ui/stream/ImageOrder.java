package dev.streamlab.ui.stream;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Puts an image's attributes in an order that lets two images be compared line by line: the key attributes first,
 * then the others by name, and the same inside nested maps. DynamoDB's own order differs between the two images
 * of one record.
 */
final class ImageOrder {

    private ImageOrder() {
    }

    static Map<String, AttributeValue> sorted(Map<String, AttributeValue> image, Set<String> keyNames) {
        Map<String, AttributeValue> sorted = new LinkedHashMap<>();
        image.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, AttributeValue> attribute) ->
                        !keyNames.contains(attribute.getKey())).thenComparing(Map.Entry::getKey))
                .forEach(attribute -> sorted.put(attribute.getKey(), sortedValue(attribute.getValue())));
        return sorted;
    }

    private static AttributeValue sortedValue(AttributeValue value) {
        return value.hasM() ? AttributeValue.fromM(sorted(value.m(), Set.of())) : value;
    }
}
