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
            if (argument.length() == 1) {
                throw new UserInputException(option + " @ names no file: write the path right after the @, e.g. "
                        + option + " @item.json.");
            }
            Path file = Path.of(argument.substring(1));
            return ItemJson.read(TextFiles.read(file, "The " + option + " file", TextFiles.ITEM_MAX_BYTES),
                    file.toString(), plain);
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
            if (!name.startsWith("#")) {
                throw new UserInputException("--names has \"" + name + "\", but a name placeholder starts with #: write"
                        + " {\"#" + name + "\": \"" + name + "\"} and use #" + name + " in the expression.");
            }
            if (value.s() == null) {
                throw new UserInputException("--names maps " + name
                        + " to something other than a string: give attribute names, e.g. {\"#d\": \"date\"}.");
            }
            names.put(name, value.s());
        });
        return names;
    }

    static Map<String, AttributeValue> values(String argument, boolean plain) {
        Map<String, AttributeValue> values = argument == null ? Map.of() : item(argument, "--values", plain);
        values.keySet().stream().filter(name -> !name.startsWith(":")).findFirst().ifPresent(name -> {
            throw new UserInputException("--values has \"" + name + "\", but a value placeholder starts with a colon:"
                    + " write \":" + name + "\" in --values and use :" + name + " in the expression.");
        });
        return values;
    }
}
