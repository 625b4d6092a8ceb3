package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The placeholders of a request's expressions: #names and :values. Checked before sending, so a
 * typo is reported by name rather than as DynamoDB's generic validation error.
 */
public record Expressions(Map<String, String> names, Map<String, AttributeValue> values) {

    private static final Pattern NAME = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE = Pattern.compile(":[A-Za-z0-9_]+");

    public static Expressions none() {
        return new Expressions(Map.of(), Map.of());
    }

    /**
     * Where the user wrote the expression and its placeholders, for the messages: the command line's options, or
     * the fields of a file (e.g. "scenario.json: steps[2].update.names").
     */
    public record Labels(String expression, String names, String values) {
        public static final Labels OPTIONS = new Labels("The expression", "--names", "--values");
    }

    /** Every placeholder the expressions use must be defined, and every defined one must be used. */
    public void requireMatching(String... expressions) {
        requireMatching(Labels.OPTIONS, expressions);
    }

    /** As {@link #requireMatching(String...)}, naming the expression and placeholders as {@code labels} say. */
    public void requireMatching(Labels labels, String... expressions) {
        var used = Stream.of(expressions).filter(Objects::nonNull).toList();
        Set<String> usedNames = placeholders(used, NAME);
        Set<String> usedValues = placeholders(used, VALUE);
        usedNames.stream().filter(n -> !names.containsKey(n)).findFirst().ifPresent(n -> {
            throw new UserInputException(labels.expression() + " uses " + n + " but " + labels.names()
                    + " does not define it: add \"" + n + "\": \"<attribute name>\" to " + labels.names() + ".");
        });
        usedValues.stream().filter(v -> !values.containsKey(v)).findFirst().ifPresent(v -> {
            throw new UserInputException(labels.expression() + " uses " + v + " but " + labels.values()
                    + " does not define it: add \"" + v + "\" to " + labels.values() + ", e.g. {\"" + v
                    + "\": {\"S\": \"...\"}}.");
        });
        names.keySet().stream().filter(n -> !usedNames.contains(n)).findFirst().ifPresent(n -> {
            throw new UserInputException(labels.names() + " defines " + n
                    + " but no expression uses it: remove it or use it.");
        });
        values.keySet().stream().filter(v -> !usedValues.contains(v)).findFirst().ifPresent(v -> {
            throw new UserInputException(labels.values() + " defines " + v
                    + " but no expression uses it: remove it or use it.");
        });
    }

    /** The SDK wants null, not an empty map, when a request has no placeholders. */
    public Map<String, String> namesOrNull() {
        return names.isEmpty() ? null : names;
    }

    public Map<String, AttributeValue> valuesOrNull() {
        return values.isEmpty() ? null : values;
    }

    private static Set<String> placeholders(Iterable<String> expressions, Pattern pattern) {
        Set<String> found = new LinkedHashSet<>();
        for (String expression : expressions) {
            pattern.matcher(expression).results().forEach(m -> found.add(m.group()));
        }
        return found;
    }
}
