package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code {"numeric": [">", 0, "<=", 5]}} or {@code ["=", 100]}: a JSON number within the range.
 *
 * <p>Only JSON numbers qualify, such as {@code dynamodb.SizeBytes} or {@code dynamodb.ApproximateCreationDateTime}.
 * DynamoDB JSON writes attribute numbers as strings ({@code {"N": "12"}}), and Lambda's documentation states that
 * numeric matching therefore does not work on them; StreamLab behaves the same, so a pattern that works here
 * works when deployed. Match an "N" attribute with an exact string such as {@code {"N": ["12"]}} instead.
 */
record NumericMatch(List<Comparison> comparisons) implements ValueMatch {

    NumericMatch {
        comparisons = List.copyOf(comparisons);
    }

    @Override
    public boolean matches(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal number = value.decimalValue();
        return comparisons.stream().allMatch(comparison -> comparison.holds(number));
    }

    /** One operator and its operand, e.g. {@code "<=", 5}. */
    record Comparison(String operator, BigDecimal operand) {

        boolean holds(BigDecimal number) {
            int order = number.compareTo(operand);
            return switch (operator) {
                case "=" -> order == 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                default -> throw new IllegalStateException("the parser admits no operator " + operator);
            };
        }
    }
}
