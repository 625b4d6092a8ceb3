package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What DynamoDB refuses in an item or a value besides its keys, checked before the first write so that nothing is
 * half-written: numbers of more than 38 significant digits or outside 1E-130 to 9.99…E+125, maps and lists nested
 * more than 32 levels deep, and items over 400 KB.
 */
public final class ItemLimits {

    /** DynamoDB counts the item itself as the first of its 32 levels (checked against DynamoDB Local). */
    static final int MAX_DEPTH = 31;
    private static final int MAX_DIGITS = 38;
    private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
    private static final BigDecimal TOO_LARGE = new BigDecimal("1E126");

    private ItemLimits() {
    }

    /** A whole item: its values and its size. */
    public static void requireItem(Map<String, AttributeValue> item, String where) {
        requireValues(item, where);
        ItemSize.requireWithinLimit(item, where);
    }

    /** Values that are not a whole item: a key, or an expression's :values. */
    public static void requireValues(Map<String, AttributeValue> values, String where) {
        values.forEach((name, value) -> require(value, name, 1, where));
    }

    private static void require(AttributeValue value, String path, int depth, String where) {
        switch (value.type()) {
            case N -> requireNumber(value.n(), path, where);
            case NS -> value.ns().forEach(number -> requireNumber(number, path, where));
            case M -> {
                requireDepth(depth, path, where);
                value.m().forEach((name, member) -> require(member, path + "." + name, depth + 1, where));
            }
            case L -> {
                requireDepth(depth, path, where);
                for (int i = 0; i < value.l().size(); i++) {
                    require(value.l().get(i), path + "[" + i + "]", depth + 1, where);
                }
            }
            default -> {
            }
        }
    }

    private static void requireDepth(int depth, String path, String where) {
        if (depth > MAX_DEPTH) {
            throw new UserInputException(where + " nests maps and lists more than " + MAX_DEPTH + " inside one another"
                    + " at \"" + path + "\", which DynamoDB refuses (the item itself is the 32nd level): flatten it, or"
                    + " store the deep part as a JSON string.");
        }
    }

    private static void requireNumber(String text, String path, String where) {
        BigDecimal number = new BigDecimal(text);
        if (number.signum() == 0) {
            return;
        }
        BigDecimal magnitude = number.abs();
        boolean inRange = magnitude.compareTo(SMALLEST) >= 0 && magnitude.compareTo(TOO_LARGE) < 0;
        if (number.stripTrailingZeros().precision() > MAX_DIGITS || !inRange) {
            throw new UserInputException(where + " has \"" + path + "\" = " + shown(text) + ", which DynamoDB cannot"
                    + " store (numbers have at most 38 significant digits, between 1E-130 and 9.99E+125): round it,"
                    + " or store it as a string.");
        }
    }

    private static String shown(String text) {
        return text.length() <= 50 ? text : text.substring(0, 47) + "...";
    }
}
