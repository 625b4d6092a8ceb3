package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one operator object inside a pattern leaf, such as {@code {"prefix": "a"}}. Only the operators Lambda's
 * event-filtering documentation lists are accepted; EventBridge-only forms (wildcard, cidr, anything-but with
 * prefix or suffix) are rejected rather than silently matching differently from AWS.
 */
final class OperatorParser {

    static final String OPERATORS = "prefix, suffix, equals-ignore-case, exists, anything-but, numeric";

    private OperatorParser() {
    }

    static ValueMatch parse(JsonNode operator, FilterPath path) {
        if (operator.size() != 1) {
            throw path.error("holds " + operator + ", which must name exactly one operator; write each operator as"
                    + " its own list entry, such as [{\"prefix\": \"a\"}, {\"suffix\": \".com\"}].");
        }
        String name = operator.fieldNames().next();
        JsonNode argument = operator.get(name);
        return switch (name) {
            case "prefix" -> new PrefixMatch(text(name, argument, path));
            case "suffix" -> new SuffixMatch(text(name, argument, path));
            case "equals-ignore-case" -> new EqualsIgnoreCaseMatch(text(name, argument, path));
            case "exists" -> exists(argument, path);
            case "anything-but" -> anythingBut(argument, path);
            case "numeric" -> NumericParser.parse(argument, path);
            default -> throw path.error("uses the operator \"" + name + "\", which Lambda event filtering does not"
                    + " have; use one of " + OPERATORS + ", or an exact value.");
        };
    }

    private static String text(String name, JsonNode argument, FilterPath path) {
        if (!argument.isTextual()) {
            throw path.error("gives " + name + " the value " + argument + "; write a string, such as {\"" + name
                    + "\": \"" + argument.asText() + "\"}.");
        }
        return argument.textValue();
    }

    private static ExistsMatch exists(JsonNode argument, FilterPath path) {
        if (!argument.isBoolean()) {
            throw path.error("gives exists the value " + argument + "; write {\"exists\": true} or"
                    + " {\"exists\": false}.");
        }
        return new ExistsMatch(argument.booleanValue());
    }

    private static AnythingButMatch anythingBut(JsonNode argument, FilterPath path) {
        List<ExactMatch> excluded = new ArrayList<>();
        if (argument.isArray() && !argument.isEmpty()) {
            argument.forEach(value -> excluded.add(excluded(value, argument, path)));
        } else {
            excluded.add(excluded(argument, argument, path));
        }
        return new AnythingButMatch(excluded);
    }

    private static ExactMatch excluded(JsonNode value, JsonNode argument, FilterPath path) {
        if (!value.isTextual() && !value.isNumber()) {
            throw path.error("gives anything-but " + argument + ", but Lambda accepts only strings and numbers"
                    + " there; list the excluded values, such as {\"anything-but\": [\"REMOVE\"]}.");
        }
        return new ExactMatch(value);
    }
}
