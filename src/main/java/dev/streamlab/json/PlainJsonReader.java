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
 * Reads plain JSON into attribute values token by token: string→S, number→N (its text verbatim),
 * true/false→BOOL, null→NULL, array→L, object→M. Sets and binary have no plain JSON form.
 */
final class PlainJsonReader {

    private final JsonParser parser;
    private final String source;

    PlainJsonReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** Parser at the START_OBJECT of an item or nested object; leaves it at the matching END_OBJECT. */
    Map<String, AttributeValue> readObject(String parentPath) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = AttributePath.child(parentPath, parser.currentName());
            String name = UnicodeText.require(parser.currentName(), this::fail, path);
            if (map.containsKey(name)) {
                throw JsonProblems.attribute(source, path, parser.currentTokenLocation(),
                        "appears twice in the same object: keep only one of them");
            }
            parser.nextToken();
            map.put(name, readValue(path));
        }
        return map;
    }

    private AttributeValue readValue(String path) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_STRING -> AttributeValue.fromS(UnicodeText.require(parser.getText(), this::fail, path));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> AttributeValue.fromN(parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> AttributeValue.fromNul(true);
            case START_ARRAY -> AttributeValue.fromL(readArray(path));
            case START_OBJECT -> AttributeValue.fromM(readObject(path));
            // only a parser fed Java objects (not text) yields other tokens here
            default -> throw new IllegalStateException("Unexpected " + token + " at " + path);
        };
    }

    private UserInputException fail(String path, String what) {
        return JsonProblems.attribute(source, path, parser.currentTokenLocation(), what);
    }

    private List<AttributeValue> readArray(String path) throws IOException {
        List<AttributeValue> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(readValue(AttributePath.index(path, list.size())));
        }
        return list;
    }
}
