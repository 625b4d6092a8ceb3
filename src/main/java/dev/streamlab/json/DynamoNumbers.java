package dev.streamlab.json;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DynamoDB numbers as text. They are never converted to double: DynamoDB keeps 38 significant digits and
 * users must get back exactly the digits they wrote.
 */
final class DynamoNumbers {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private DynamoNumbers() {
    }

    /** Whether DynamoDB could read it: BigDecimal syntax, so no NaN, Infinity, spaces or thousands separators. */
    static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Equal for "1" and "1.0", as DynamoDB compares set members by value. */
    static BigDecimal setKey(String text) {
        return new BigDecimal(text).stripTrailingZeros();
    }

    /**
     * The text to put in plain JSON: verbatim when JSON allows it; otherwise (".5", "+1", "5.") the same value
     * in BigDecimal notation, which JSON always allows.
     */
    static String jsonText(String text) {
        return JSON_NUMBER.matcher(text).matches() ? text : new BigDecimal(text).toString();
    }

    static boolean isIntegralText(String jsonText) {
        return jsonText.indexOf('.') < 0 && jsonText.indexOf('e') < 0 && jsonText.indexOf('E') < 0;
    }
}
