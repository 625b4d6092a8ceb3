package dev.streamlab.trigger.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.trigger.filter.NumericMatch.Comparison;
import java.util.List;
import java.util.Set;

/**
 * Reads the list of {@code {"numeric": [...]}}: either {@code ["=", n]}, one bound such as {@code [">", 0]}, or a
 * range with the lower bound first, {@code [">", 0, "<=", 5]}, the forms Lambda documents.
 */
final class NumericParser {

    private static final String FORMS = "[\"=\", 100], [\">\", 0] or [\">\", 0, \"<=\", 5]";
    private static final Set<String> LOWER = Set.of(">", ">=");
    private static final Set<String> UPPER = Set.of("<", "<=");

    private NumericParser() {
    }

    static NumericMatch parse(JsonNode argument, FilterPath path) {
        if (!argument.isArray() || (argument.size() != 2 && argument.size() != 4)) {
            throw malformed(argument, path);
        }
        Comparison first = comparison(argument, 0, path);
        if (argument.size() == 2) {
            return new NumericMatch(List.of(first));
        }
        Comparison second = comparison(argument, 2, path);
        if (!LOWER.contains(first.operator()) || !UPPER.contains(second.operator())) {
            throw path.error("has the numeric range " + argument + "; give the lower bound (> or >=) first and the"
                    + " upper bound (< or <=) second, such as [\">\", 0, \"<=\", 5].");
        }
        if (first.operand().compareTo(second.operand()) >= 0) {
            throw path.error("has the numeric range " + argument + ", which no number can satisfy; make the lower"
                    + " bound smaller than the upper bound, such as [\">\", 0, \"<=\", 5].");
        }
        return new NumericMatch(List.of(first, second));
    }

    private static Comparison comparison(JsonNode argument, int index, FilterPath path) {
        JsonNode operator = argument.get(index);
        JsonNode operand = argument.get(index + 1);
        boolean known = operator.isTextual() && (operator.textValue().equals("=")
                || LOWER.contains(operator.textValue()) || UPPER.contains(operator.textValue()));
        // "=" only stands alone: a range of ["=", 1, "<", 2] means nothing more than ["=", 1]
        if (!known || !operand.isNumber() || (operator.textValue().equals("=") && argument.size() != 2)) {
            throw malformed(argument, path);
        }
        return new Comparison(operator.textValue(), operand.decimalValue());
    }

    private static RuntimeException malformed(JsonNode argument, FilterPath path) {
        return path.error("has the malformed numeric list " + argument + "; write operators (=, <, <=, >, >=) each"
                + " followed by a JSON number, such as " + FORMS + ".");
    }
}
