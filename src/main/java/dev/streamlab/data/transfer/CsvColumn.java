package dev.streamlab.data.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.json.Json;
import dev.streamlab.model.UserInputException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A CSV column: an attribute of one type, headed "Name (TYPE)". An attribute seen with two types gets two columns,
 * so nothing is lost but the difference between an empty string and no attribute (both an empty cell). Sets, lists
 * and maps are written as their DynamoDB JSON; a header without a type (a CSV made elsewhere) reads as strings.
 */
record CsvColumn(String attribute, String type) {

    private static final Pattern HEADER = Pattern.compile("(.+) \\((S|N|B|BOOL|NULL|SS|NS|BS|L|M)\\)");

    static CsvColumn of(String attribute, AttributeValue value) {
        return new CsvColumn(attribute, ItemJson.typeTag(value));
    }

    static CsvColumn parse(String header) {
        Matcher typed = HEADER.matcher(header.strip());
        return typed.matches() ? new CsvColumn(typed.group(1), typed.group(2)) : new CsvColumn(header.strip(), "S");
    }

    String header() {
        return attribute + " (" + type + ")";
    }

    /** The cell for an item: empty when the item has no such attribute, or has it with another type. */
    String cell(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(attribute);
        if (value == null || !ItemJson.typeTag(value).equals(type)) {
            return "";
        }
        JsonNode tagged = ItemJson.toDynamoNode(Map.of(attribute, value)).get(attribute).get(type);
        return tagged.isValueNode() ? tagged.asText() : tagged.toString();
    }

    /** The attribute a cell holds, checked by the same codec as every other item; empty for an empty cell. */
    Optional<AttributeValue> value(String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode item = Json.mapper().createObjectNode();
        ObjectNode tagged = item.putObject(attribute);
        switch (type) {
            case "S", "N", "B" -> tagged.put(type, cell);
            case "BOOL" -> tagged.put(type, switch (cell.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw problem(cell, "true or false");
            });
            case "NULL" -> tagged.put(type, true);
            default -> tagged.set(type, json(cell));
        }
        return Optional.of(ItemJson.readDynamo(item.toString(), "column " + header()).get(attribute));
    }

    private JsonNode json(String cell) {
        try {
            return Json.mapper().readTree(cell);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw problem(cell, type.equals("M") ? "a DynamoDB JSON map such as {\"City\": {\"S\": \"Oslo\"}}"
                    : type.equals("L") ? "a DynamoDB JSON list such as [{\"S\": \"a\"}, {\"N\": \"1\"}]"
                    : "a JSON array such as [\"a\", \"b\"]");
        }
    }

    private UserInputException problem(String cell, String expected) {
        String shown = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
        return new UserInputException("column " + header() + " has \"" + shown + "\", but it takes " + expected);
    }
}
