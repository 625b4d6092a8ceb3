package dev.streamlab.cli;

import dev.streamlab.data.TextFiles;
import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads JSON arguments given inline or as {@code @FILE}. */
final class JsonArguments {

    private JsonArguments() {
    }

    /** An item or key in DynamoDB JSON, or in plain JSON when {@code plain}. */
    static Map<String, AttributeValue> item(String argument, String option, boolean plain) {
        if (argument.startsWith("@")) {
            Path file = Path.of(argument.substring(1));
            return ItemJson.read(TextFiles.read(file, "The " + option + " file"), file.toString(), plain);
        }
        return ItemJson.read(argument, option, plain);
    }

    /** --names: a plain JSON object of "#placeholder": "attribute name". */
    static Map<String, String> names(String argument) {
        if (argument == null) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        ItemJson.readPlain(argument, "--names").forEach((name, value) -> {
            if (value.s() == null) {
                throw new UserInputException("--names maps " + name
                        + " to something other than a string: give attribute names, e.g. {\"#d\": \"date\"}.");
            }
            names.put(name, value.s());
        });
        return names;
    }

    static Map<String, AttributeValue> values(String argument, boolean plain) {
        return argument == null ? Map.of() : item(argument, "--values", plain);
    }
}
