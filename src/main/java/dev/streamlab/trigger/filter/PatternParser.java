package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one filter's Pattern string into matchers, rejecting at load time everything Lambda would reject when
 * the mapping is created, so mistakes surface before any record is skipped silently.
 */
final class PatternParser {

    static final String EXAMPLE = "{\"eventName\": [\"INSERT\"]}";

    private PatternParser() {
    }

    static ObjectMatch parse(String pattern, FilterPath path) {
        return object(readJson(pattern, path), path);
    }

    private static JsonNode readJson(String pattern, FilterPath path) {
        try {
            // trailing text after the object would be ignored by default; Lambda rejects it, so do we
            JsonNode node = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(pattern);
            if (node == null || node.isMissingNode()) {
                throw path.error("is empty; write a JSON object such as " + EXAMPLE + ".");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw path.error("is not valid JSON" + position + " (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + "); write a JSON object such as " + EXAMPLE + ", with its quotes escaped inside the"
                    + " Pattern string.");
        }
    }

    private static ObjectMatch object(JsonNode node, FilterPath path) {
        if (!node.isObject()) {
            throw path.error("is " + node + ", not an object of fields; write a JSON object such as " + EXAMPLE + ".");
        }
        if (node.isEmpty()) {
            throw path.error("is an empty object; name at least one field, such as " + EXAMPLE + ".");
        }
        Map<String, Matcher> fields = new LinkedHashMap<>();
        List<OrMatch> alternatives = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("$or")) {
                alternatives.add(or(field.getValue(), path));
            } else {
                fields.put(field.getKey(), fieldMatcher(field.getValue(), path.child(field.getKey())));
            }
        });
        return new ObjectMatch(fields, alternatives);
    }

    private static Matcher fieldMatcher(JsonNode value, FilterPath path) {
        if (value.isObject()) {
            return object(value, path);
        }
        if (!value.isArray()) {
            throw path.error("is the single value " + value + "; write a list of allowed values, [" + value
                    + "], instead.");
        }
        if (value.isEmpty()) {
            throw path.error("is an empty list, which no record can match; list at least one allowed value, such as"
                    + " [\"INSERT\"], or [null] to match a null value.");
        }
        List<ValueMatch> allowed = new ArrayList<>();
        for (JsonNode entry : value) {
            allowed.add(allowedValue(entry, path));
        }
        return new LeafMatch(allowed);
    }

    private static ValueMatch allowedValue(JsonNode entry, FilterPath path) {
        if (entry.isObject()) {
            return OperatorParser.parse(entry, path);
        }
        if (entry.isArray()) {
            throw path.error("holds the nested list " + entry + "; put the allowed values directly in one list,"
                    + " such as [\"a\", \"b\"].");
        }
        return new ExactMatch(entry);
    }

    /** {@code path} is the object holding the {@code $or}, so branches read {@code dynamodb.$or[2].NewImage}. */
    private static OrMatch or(JsonNode value, FilterPath path) {
        if (!value.isArray() || value.size() < 2) {
            throw path.child("$or").error("must be a list of at least two patterns; write \"$or\": [" + EXAMPLE
                    + ", {\"eventName\": [\"MODIFY\"]}].");
        }
        List<ObjectMatch> branches = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            branches.add(object(value.get(i), path.orBranch(i + 1)));
        }
        return new OrMatch(branches);
    }
}
