package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads DynamoDB JSON (the AWS CLI shape) token by token, so numbers keep their text and every error
 * knows its line, column and attribute path.
 */
final class DynamoJsonReader {

    private final JsonParser parser;
    private final String source;
    private final DynamoScalarReader scalars;
    private final DynamoSetReader sets;

    DynamoJsonReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
        this.scalars = new DynamoScalarReader(parser, source);
        this.sets = new DynamoSetReader(parser, source, scalars);
    }

    /** Parser at the START_OBJECT of an item or M map; leaves it at the matching END_OBJECT. */
    Map<String, AttributeValue> readMap(String parentPath) throws IOException {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = AttributePath.child(parentPath, parser.currentName());
            String name = UnicodeText.require(parser.currentName(), scalars::fail, path);
            if (map.containsKey(name)) {
                throw scalars.fail(path, "appears twice in the same object: keep only one of them");
            }
            parser.nextToken();
            map.put(name, readValue(path));
        }
        return map;
    }

    private AttributeValue readValue(String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw scalars.fail(path, "is " + JsonProblems.describe(parser.currentToken()) + ", but DynamoDB JSON"
                    + " wraps every value in a type tag: write it like {\"S\": \"text\"} or {\"N\": \"12.5\"}");
        }
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            throw scalars.fail(path, "has no type tag: give exactly one of " + DynamoTag.ALL
                    + ", e.g. {\"S\": \"text\"}");
        }
        DynamoTag tag = tag(path);
        parser.nextToken();
        AttributeValue value = readTagged(tag, path);
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw scalars.fail(path, "has a second type tag \"" + parser.currentName() + "\" after \"" + tag
                    + "\": give exactly one type tag per value");
        }
        return value;
    }

    private DynamoTag tag(String path) throws IOException {
        String name = parser.currentName();
        JsonLocation at = parser.currentTokenLocation();
        return DynamoTag.find(name).orElseThrow(() -> JsonProblems.attribute(source, path, at,
                "has type tag \"" + name + "\"; DynamoDB JSON uses one of " + DynamoTag.ALL + " (e.g. {\""
                        + AttributePath.leaf(path) + "\": {\"S\": \"...\"}})"));
    }

    private AttributeValue readTagged(DynamoTag tag, String path) throws IOException {
        return switch (tag) {
            case S -> AttributeValue.fromS(scalars.string(path, tag));
            case N -> AttributeValue.fromN(scalars.number(path, tag));
            case B -> AttributeValue.fromB(scalars.binary(path, tag));
            case BOOL -> AttributeValue.fromBool(scalars.bool(path));
            case NULL -> {
                scalars.require(JsonToken.VALUE_TRUE, path, tag);
                yield AttributeValue.fromNul(true);
            }
            case M -> {
                scalars.require(JsonToken.START_OBJECT, path, tag);
                yield AttributeValue.fromM(readMap(path));
            }
            case L -> AttributeValue.fromL(readList(path));
            case SS -> sets.strings(path);
            case NS -> sets.numbers(path);
            case BS -> sets.binaries(path);
        };
    }

    private List<AttributeValue> readList(String path) throws IOException {
        scalars.require(JsonToken.START_ARRAY, path, DynamoTag.L);
        List<AttributeValue> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(readValue(AttributePath.index(path, list.size())));
        }
        return list;
    }
}
