package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A pattern object: every field must match the record's field of the same name (AND), and every {@code $or}
 * at this level must have a matching branch.
 */
record ObjectMatch(Map<String, Matcher> fields, List<OrMatch> alternatives) implements Matcher {

    ObjectMatch {
        fields = Map.copyOf(fields);
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public boolean matches(JsonNode node) {
        // Lambda flattens arrays, so a pattern object matches a list (a DynamoDB "L" of maps) if any element does
        if (node.isArray() && !node.isEmpty()) {
            for (JsonNode element : node) {
                if (matches(element)) {
                    return true;
                }
            }
            return false;
        }
        // path() yields MissingNode under a missing or scalar node, which lets {"exists": false} below succeed
        return fields.entrySet().stream().allMatch(field -> field.getValue().matches(node.path(field.getKey())))
                && alternatives.stream().allMatch(or -> or.matches(node));
    }
}
