package dev.streamlab.ui.items;

import dev.streamlab.data.Expressions;
import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A read's filter: a DynamoDB filter expression and one plain JSON object with its #names and :values, e.g.
 * {@code {"#s": "status", ":min": 100}}. Placeholders are matched before anything is read, in the window's words.
 */
record FilterExpression(String expression, Expressions placeholders) {

    static final String FIELD = "Names and values";
    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

    static FilterExpression parse(String expression, String placeholdersJson) {
        String filter = expression == null ? "" : expression.strip();
        String json = placeholdersJson == null ? "" : placeholdersJson.strip();
        if (filter.isEmpty()) {
            throw new UserInputException("The filter is empty: write one, e.g. #s = :s AND Amount > :min, or turn"
                    + " the filter off.");
        }
        Map<String, AttributeValue> defined = json.isEmpty() ? Map.of() : ItemJson.readPlain(json, FIELD);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        defined.forEach((placeholder, value) -> {
            if (placeholder.startsWith("#") && value.s() != null) {
                names.put(placeholder, value.s());
            } else if (placeholder.startsWith(":")) {
                values.put(placeholder, value);
            } else {
                throw new UserInputException(FIELD + " has \"" + placeholder + "\": give #names as strings, e.g. "
                        + "\"#s\": \"status\", and :values, e.g. \":min\": 100.");
            }
        });
        requireMatching(filter, defined);
        return new FilterExpression(filter, new Expressions(names, values));
    }

    private static void requireMatching(String filter, Map<String, AttributeValue> defined) {
        var used = PLACEHOLDER.matcher(filter).results().map(match -> match.group()).distinct().toList();
        used.stream().filter(placeholder -> !defined.containsKey(placeholder)).findFirst().ifPresent(missing -> {
            throw new UserInputException("The filter uses " + missing + ", which " + FIELD + " does not define: add "
                    + (missing.startsWith("#") ? "\"" + missing + "\": \"attribute name\"" : "\"" + missing + "\": value")
                    + " to it.");
        });
        defined.keySet().stream().filter(placeholder -> !used.contains(placeholder)).findFirst().ifPresent(unused -> {
            throw new UserInputException(FIELD + " defines " + unused + ", which the filter does not use: remove it"
                    + " or use it.");
        });
    }
}
