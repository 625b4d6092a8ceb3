package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A pattern leaf, the array of allowed values: the record field matches if any of its values matches any of them.
 * Only leaf values count, as on Lambda: a field holding an object (a DynamoDB type wrapper such as
 * {@code {"S": "..."}}) has no value here, so {@code {"exists": true}} must be written below the wrapper.
 */
record LeafMatch(List<ValueMatch> allowed) implements Matcher {

    LeafMatch {
        allowed = List.copyOf(allowed);
    }

    @Override
    public boolean matches(JsonNode node) {
        List<JsonNode> values = leafValues(node);
        if (values.isEmpty()) {
            return allowed.stream().anyMatch(value -> value instanceof ExistsMatch exists && !exists.present());
        }
        return values.stream().anyMatch(value -> allowed.stream().anyMatch(match -> match.matches(value)));
    }

    /** The scalar itself, or the scalar elements of an array (e.g. a DynamoDB "SS" set); nothing for objects. */
    private static List<JsonNode> leafValues(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> {
                if (element.isValueNode()) {
                    values.add(element);
                }
            });
        } else if (node.isValueNode()) {
            values.add(node);
        }
        return values;
    }
}
