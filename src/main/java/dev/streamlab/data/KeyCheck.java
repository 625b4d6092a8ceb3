package dev.streamlab.data;

import dev.streamlab.json.ItemJson;
import dev.streamlab.model.UserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Checks keys and items against a table's key schema before anything is sent. */
public final class KeyCheck {

    private static final long MAX_PARTITION_KEY_BYTES = 2048;
    private static final long MAX_SORT_KEY_BYTES = 1024;

    private KeyCheck() {
    }

    /** A key must hold exactly the table's key attributes, each of its declared type, with a value DynamoDB takes. */
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
     * attribute it holds must have the index's type too, each with a value a key can take (DynamoDB
     * rejects the write otherwise).
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
        for (String name : table.key().attributes()) {
            requireType(table, item, name, where);
            requireKeyValue(item, table.key(), name, "table " + table.name(), where);
        }
        for (var index : table.indexes()) {
            for (String name : index.key().attributes()) {
                requireType(table, item, name, where);
                requireKeyValue(item, index.key(), name, "index " + index.name(), where);
            }
        }
    }

    /** Key values cannot be empty, and take at most 2048 bytes in a partition key, 1024 in a sort key. */
    private static void requireKeyValue(Map<String, AttributeValue> item, TableInfo.KeySchema key, String name,
            String owner, String where) {
        AttributeValue value = item.get(name);
        if (value == null || (value.s() == null && value.b() == null)) {
            // numbers are never empty, and 38 digits take about 21 bytes
            return;
        }
        long bytes = value.s() != null ? value.s().getBytes(StandardCharsets.UTF_8).length
                : value.b().asByteArrayUnsafe().length;
        boolean partition = name.equals(key.partitionKey());
        String role = (partition ? "the partition key of " : "the sort key of ") + owner;
        if (bytes == 0) {
            throw new UserInputException(where + " gives \"" + name + "\" (" + role + ") an empty value, but DynamoDB"
                    + " key values cannot be empty: give it a value" + (owner.startsWith("index ")
                    ? ", or leave the attribute out to keep the item out of the index." : "."));
        }
        long limit = partition ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
        if (bytes > limit) {
            throw new UserInputException(where + " gives \"" + name + "\" (" + role + ") " + bytes + " bytes, but"
                    + " DynamoDB allows at most " + limit + " bytes in a " + (partition ? "partition" : "sort")
                    + " key: shorten it.");
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
