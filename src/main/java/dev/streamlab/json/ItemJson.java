package dev.streamlab.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts DynamoDB items to and from JSON, in two shapes.
 *
 * <p><b>DynamoDB JSON</b>, the AWS CLI shape ({@code {"Id": {"S": "ID1"}, "Amount": {"N": "1000"}}}), is
 * lossless both ways: numbers keep every digit as written (they never pass through double), sets stay sets,
 * binary stays binary (base64), NULL and BOOL stay exact, and M and L nest to any depth. Reading is strict
 * the way DynamoDB is: exactly one type tag per value, valid numbers and base64, NULL only true, sets
 * non-empty and without duplicates. Numbers are strings, as the AWS CLI requires ({"N": "5"}, not {"N": 5}).
 *
 * <p><b>Plain JSON</b> ({@code {"Id": "ID1", "Amount": 1000}}) maps string→S, number→N (text kept),
 * true/false→BOOL, null→NULL, array→L, object→M. Plain JSON has no way to say "set" or "binary", so reading
 * it never produces SS, NS, BS or B. Writing plain JSON is therefore the lossy direction: SS becomes an array
 * of strings, NS an array of numbers, B a base64 string and BS an array of base64 strings.
 *
 * <p>Items are {@link java.util.LinkedHashMap}s that keep the attribute order of the input. Mistakes in the
 * input raise {@link dev.streamlab.model.UserInputException} naming the source, line, column and attribute.
 */
public final class ItemJson {

    private static final String DYNAMO_EXAMPLE = "{\"Id\": {\"S\": \"ID1\"}}";
    private static final String PLAIN_EXAMPLE = "{\"Id\": \"ID1\"}";

    private ItemJson() {
    }

    /** @param source what the user calls the input, e.g. "--item" or "items/orders.json" */
    public static Map<String, AttributeValue> readDynamo(String json, String source) {
        return JsonDocument.readText(json, source, DYNAMO_EXAMPLE, dynamo(source));
    }

    public static Map<String, AttributeValue> readPlain(String json, String source) {
        return JsonDocument.readText(json, source, PLAIN_EXAMPLE, plain(source));
    }

    public static Map<String, AttributeValue> read(String json, String source, boolean plain) {
        return plain ? readPlain(json, source) : readDynamo(json, source);
    }

    /** Parser at the START_OBJECT of an item; leaves it at the matching END_OBJECT. */
    public static Map<String, AttributeValue> readDynamo(JsonParser parser, String source) {
        return JsonDocument.readAt(parser, source, DYNAMO_EXAMPLE, dynamo(source));
    }

    /** Parser at the START_OBJECT of an item; leaves it at the matching END_OBJECT. */
    public static Map<String, AttributeValue> readPlain(JsonParser parser, String source) {
        return JsonDocument.readAt(parser, source, PLAIN_EXAMPLE, plain(source));
    }

    /** One line. */
    public static String writeDynamo(Map<String, AttributeValue> item) {
        return write(Json.mapper().writer(), toDynamoNode(item));
    }

    public static String writePlain(Map<String, AttributeValue> item) {
        return write(Json.mapper().writer(), toPlainNode(item));
    }

    public static String writeDynamoPretty(Map<String, AttributeValue> item) {
        return write(Json.prettyWriter(), toDynamoNode(item));
    }

    public static String writePlainPretty(Map<String, AttributeValue> item) {
        return write(Json.prettyWriter(), toPlainNode(item));
    }

    /** For embedding in larger output; serialize it with Jackson (e.g. {@link Json#mapper()}). */
    public static JsonNode toDynamoNode(Map<String, AttributeValue> item) {
        return DynamoNodeWriter.item(item);
    }

    /** Numbers are exact numeric nodes that serialize with the digits DynamoDB holds. */
    public static JsonNode toPlainNode(Map<String, AttributeValue> item) {
        return PlainNodeWriter.item(item, AttributePath.ROOT);
    }

    private static JsonDocument.ObjectReader<Map<String, AttributeValue>> dynamo(String source) {
        return parser -> new DynamoJsonReader(parser, source).readMap(AttributePath.ROOT);
    }

    private static JsonDocument.ObjectReader<Map<String, AttributeValue>> plain(String source) {
        return parser -> new PlainJsonReader(parser, source).readObject(AttributePath.ROOT);
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes written to a String cannot fail; this would be a Jackson bug
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    /** The type tag a value has in DynamoDB JSON: S, N, B, BOOL, NULL, M, L, SS, NS or BS. */
    public static String typeTag(AttributeValue value) {
        return AttributeTypes.tagOf(value, "value");
    }
}
