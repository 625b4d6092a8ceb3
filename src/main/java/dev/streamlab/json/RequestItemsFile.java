package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.streamlab.model.UserInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads seed items written for {@code aws dynamodb batch-write-item --request-items}:
 * {@code {"Orders": [{"PutRequest": {"Item": {...DynamoDB JSON...}}}, ...], "Customers": [...]}}.
 * Any number of entries is fine (the 25-per-call limit is the writer's business). Only PutRequest entries
 * make sense for seeding, so a DeleteRequest is an error.
 */
public final class RequestItemsFile {

    private static final String EXAMPLE = "{\"Orders\": [{\"PutRequest\": {\"Item\": {\"Id\": {\"S\": \"ID1\"}}}}]}";
    private static final String ENTRY = "{\"PutRequest\": {\"Item\": {...}}}";

    private final JsonParser parser;
    private final String source;

    private RequestItemsFile(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** @return items per table name, tables in file order */
    public static Map<String, List<Map<String, AttributeValue>>> read(String json, String source) {
        return JsonDocument.readText(json, source, EXAMPLE, parser -> new RequestItemsFile(parser, source).tables());
    }

    private Map<String, List<Map<String, AttributeValue>>> tables() throws IOException {
        Map<String, List<Map<String, AttributeValue>>> tables = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            if (tables.containsKey(table)) {
                throw new UserInputException(source + " lists table \"" + table + "\" a second time at " + here()
                        + ": merge its entries into one list.");
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UserInputException(source + ": table \"" + table + "\" has " + describe() + " at " + here()
                        + ", but needs a list of entries like " + ENTRY + ".");
            }
            tables.put(table, entries(table));
        }
        return tables;
    }

    private List<Map<String, AttributeValue>> entries(String table) throws IOException {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(entry(table, items.size() + 1));
        }
        return items;
    }

    /** One {"PutRequest": {"Item": {...}}}, from its first token to its END_OBJECT. */
    private Map<String, AttributeValue> entry(String table, int number) throws IOException {
        String entry = "entry " + number + " of table \"" + table + "\"";
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notPut(entry);
        }
        if (parser.nextToken() == JsonToken.FIELD_NAME && "DeleteRequest".equals(parser.currentName())) {
            throw new UserInputException(source + ": " + entry + " at " + here() + " is a DeleteRequest, which seed"
                    + " files do not support: remove it, or write the item as " + ENTRY + ".");
        }
        requireName("PutRequest", entry);
        next(JsonToken.START_OBJECT, entry);
        parser.nextToken();
        requireName("Item", entry);
        parser.nextToken();
        Map<String, AttributeValue> item = ItemJson.readDynamo(parser, source + ", " + entry);
        next(JsonToken.END_OBJECT, entry);
        next(JsonToken.END_OBJECT, entry);
        return item;
    }

    private void next(JsonToken expected, String entry) throws IOException {
        if (parser.nextToken() != expected) {
            throw notPut(entry);
        }
    }

    private void requireName(String name, String entry) throws IOException {
        if (parser.currentToken() != JsonToken.FIELD_NAME || !name.equals(parser.currentName())) {
            throw notPut(entry);
        }
    }

    private UserInputException notPut(String entry) throws IOException {
        return new UserInputException(source + ": " + entry + " has " + describe() + " at " + here()
                + " where " + ENTRY + " belongs: write every entry in that shape.");
    }

    private String here() {
        return JsonProblems.where(parser.currentTokenLocation());
    }

    /** Names a wrong field, e.g. "Itme", rather than just saying "a field name". */
    private String describe() throws IOException {
        return parser.currentToken() == JsonToken.FIELD_NAME ? "\"" + parser.currentName() + "\""
                : JsonProblems.describe(parser.currentToken());
    }
}
