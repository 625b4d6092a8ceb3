package dev.streamlab.ui.items;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.streamlab.data.TableInfo;
import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads a value typed into the read bar as its attribute's type: S as typed, N, base64 B, and (for filter
 * conditions) BOOL.
 */
final class KeyValueText {

    private KeyValueText() {
    }

    static AttributeValue parse(TableInfo table, String attribute, String text) {
        String type = table.typeOf(attribute);
        if (text == null || text.isEmpty()) {
            throw new UserInputException("Give a value for " + attribute + " (" + type + ") to query.");
        }
        return parse(attribute, type, text);
    }

    static AttributeValue parse(String attribute, String type, String value) {
        return switch (type) {
            case "N" -> number(attribute, value.strip());
            case "B" -> binary(attribute, value.strip());
            case "BOOL" -> bool(attribute, value.strip());
            default -> AttributeValue.fromS(value);
        };
    }

    private static AttributeValue bool(String attribute, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new UserInputException(attribute + " is a boolean (BOOL), and \"" + value
                    + "\" is not one: write true or false.");
        }
        return AttributeValue.fromBool(Boolean.parseBoolean(value));
    }

    private static AttributeValue number(String attribute, String value) {
        try {
            new BigDecimal(value);
            return AttributeValue.fromN(value);
        } catch (NumberFormatException e) {
            throw new UserInputException(attribute + " is a number (N), and \"" + value
                    + "\" is not one: write it like 42 or 1000.5.");
        }
    }

    /** Binary goes through the JSON codec, which owns base64 for the whole product. */
    private static AttributeValue binary(String attribute, String value) {
        var json = JsonNodeFactory.instance.objectNode();
        json.putObject(attribute).put("B", value);
        try {
            return ItemJson.readDynamo(json.toString(), attribute).get(attribute);
        } catch (UserInputException e) {
            throw new UserInputException(attribute + " is binary (B), and \"" + value
                    + "\" is not base64: write its bytes in base64, e.g. AAEC.", e);
        }
    }
}
