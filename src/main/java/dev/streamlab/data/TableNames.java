package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.regex.Pattern;

/** DynamoDB's naming rule for tables and indexes: 3 to 255 of a-z, A-Z, 0-9, '_', '-', '.'. */
public final class TableNames {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private TableNames() {
    }

    public static String require(String name, String what) {
        return require(name, what, "");
    }

    /**
     * @param what  e.g. "Table name" or "The IndexName"
     * @param where e.g. " in orders.json", or empty
     */
    public static String require(String name, String what, String where) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(what + where
                    + " is missing: give a name of 3 to 255 letters, digits, '_', '-' or '.'.");
        }
        if (!VALID.matcher(name).matches()) {
            throw new UserInputException(what + " \"" + name + "\"" + where + " is not valid: DynamoDB names have"
                    + " 3 to 255 characters, each a letter, digit, '_', '-' or '.'.");
        }
        return name;
    }
}
