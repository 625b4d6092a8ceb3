package dev.streamlab.data;

import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Checks keys and items against a table's key schema before anything is sent. */
public final class KeyCheck {

    private KeyCheck() {
    }

    /** A key must hold exactly the table's key attributes, each of its declared type. */
    public static void requireKey(TableInfo table, Map<String, AttributeValue> key, String where) {
        for (String name : key.keySet()) {
            if (!table.key().attributes().contains(name)) {
                throw new UserInputException(where + " has \"" + name + "\", which is not part of the key of table "
                        + table.name() + ": its key is " + describe(table, table.key()) + ".");
            }
        }
        requireKeyAttributes(table, key, where);
    }

    /**
     * An item must hold the table's key attributes with their declared types, and any index key
     * attribute it holds must have the index's type too (DynamoDB rejects the write otherwise).
     */
    public static void requireKeyAttributes(TableInfo table, Map<String, AttributeValue> item, String where) {
        for (String name : table.key().attributes()) {
            if (!item.containsKey(name)) {
                String role = name.equals(table.key().partitionKey()) ? "partition key" : "sort key";
                throw new UserInputException(where + " lacks \"" + name + "\" (" + table.typeOf(name) + ", the "
                        + role + " of table " + table.name() + "): give every key attribute, "
                        + describe(table, table.key()) + ".");
            }
        }
        for (var index : table.indexes()) {
            for (String name : index.key().attributes()) {
                requireType(table, item, name, where);
            }
        }
        for (String name : table.key().attributes()) {
            requireType(table, item, name, where);
        }
    }

    private static void requireType(TableInfo table, Map<String, AttributeValue> item, String name, String where) {
        AttributeValue value = item.get(name);
        if (value == null) {
            return;
        }
        String expected = table.typeOf(name);
        String actual = ItemJson.typeTag(value);
        if (!expected.equals(actual)) {
            throw new UserInputException(where + " gives \"" + name + "\" as " + actual + ", but table " + table.name()
                    + " declares it " + expected + " (" + wordFor(expected) + "): write it as {\""
                    + expected + "\": ...}.");
        }
    }

    private static String describe(TableInfo table, TableInfo.KeySchema key) {
        return String.join(" and ", key.attributes().stream()
                .map(name -> name + " (" + table.typeOf(name) + ")").toList());
    }

    private static String wordFor(String tag) {
        return switch (tag) {
            case "S" -> "a string";
            case "N" -> "a number";
            default -> "binary";
        };
    }
}
