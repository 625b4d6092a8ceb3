package dev.streamlab.trigger.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of one JSON object of a mapping file, read by name with checks whose messages name the
 * property, its value and what is allowed. Nested objects keep a dotted prefix (DestinationConfig.OnFailure...).
 */
final class JsonFields {

    private final JsonNode node;
    private final Place place;
    private final String prefix;

    private JsonFields(JsonNode node, Place place, String prefix) {
        this.node = node;
        this.place = place;
        this.prefix = prefix;
    }

    /** Checks that {@code node} is an object holding only {@code known} properties. */
    static JsonFields of(JsonNode node, Place place, List<String> known) {
        return of(node, place, "", known);
    }

    private static JsonFields of(JsonNode node, Place place, String prefix, List<String> known) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                throw place.problem("has an unknown property \"" + prefix + field.getKey() + "\"; the known ones"
                        + (prefix.isEmpty() ? "" : " in " + prefix.substring(0, prefix.length() - 1))
                        + " are " + String.join(", ", known));
            }
        }
        return new JsonFields(node, place, prefix);
    }

    Place place() {
        return place;
    }

    /** The value, or empty when absent or null: AWS treats a null property as one not given. */
    Optional<JsonNode> get(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** A nested object, checked like this one. */
    Optional<JsonFields> object(String name, List<String> known) {
        return get(name).map(value -> {
            requireType(name, value.isObject(), "a JSON object");
            return of(value, place, prefix + name + ".", known);
        });
    }

    Optional<String> text(String name) {
        return get(name).map(value -> {
            requireType(name, value.isTextual(), "a string");
            return value.textValue();
        });
    }

    String requiredText(String name, String whyNeeded) {
        return text(name).orElseThrow(() -> place.problem("has no " + prefix + name + "; " + whyNeeded));
    }

    int integer(String name, int defaultValue, Range range) {
        Optional<JsonNode> value = get(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        JsonNode number = value.get();
        if (!number.isIntegralNumber() || !number.canConvertToLong() || !range.allows(number.longValue())) {
            throw bad(name, number, "DynamoDB streams allow " + range.describe());
        }
        return number.intValue();
    }

    boolean bool(String name, boolean defaultValue) {
        return get(name).map(value -> {
            requireType(name, value.isBoolean(), "true or false");
            return value.booleanValue();
        }).orElse(defaultValue);
    }

    /** "has NAME VALUE; ALLOWED" with the value as written in JSON (strings keep their quotes). */
    RuntimeException bad(String name, JsonNode value, String allowed) {
        return place.problem("has " + prefix + name + " " + value + "; " + allowed);
    }

    private void requireType(String name, boolean ok, String expected) {
        if (!ok) {
            throw bad(name, node.get(name), "it must be " + expected);
        }
    }
}
