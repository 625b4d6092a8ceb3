package dev.streamlab.builtins;

import dev.streamlab.model.UserInputException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a trigger's Environment.Variables; a bad value is the user's to fix, so it names the variable. */
final class Settings {

    /** DynamoDB's rule for table and index names. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

    private final Map<String, String> environment;

    Settings(Map<String, String> environment) {
        this.environment = environment == null ? Map.of() : environment;
    }

    /** The trimmed value, or empty when the variable is unset or blank (Lambda's console keeps blank rows). */
    Optional<String> text(String variable) {
        return Optional.ofNullable(environment.get(variable)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A table or index name, checked now so a typo fails when the trigger is made, not on the first record. */
    Optional<String> name(String variable) {
        return text(variable).map(value -> {
            if (!NAME.matcher(value).matches()) {
                throw new UserInputException(variable + " must be a table or index name of 3 to 255 letters, digits, "
                        + "'_', '-' or '.', not '" + value + "'.");
            }
            return value;
        });
    }
}
