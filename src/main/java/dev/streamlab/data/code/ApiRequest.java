package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.streamlab.data.Expressions;
import dev.streamlab.json.ItemJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as the API's own operation and fields (TableName, Item, KeyConditionExpression…), values in DynamoDB
 * JSON: what every language's code is written from, so a read and a write come out in the same style.
 *
 * @param returnsItems whether the code should print the items the response holds (a read) or nothing (a write)
 */
record ApiRequest(String operation, Map<String, JsonNode> fields, boolean returnsItems) {

    /** The placeholders as the API takes them, in name order so the same request copies as the same text. */
    static void putExpressions(Map<String, JsonNode> fields, Expressions expressions) {
        if (!expressions.names().isEmpty()) {
            ObjectNode names = JsonNodeFactory.instance.objectNode();
            new TreeMap<>(expressions.names()).forEach(names::put);
            fields.put("ExpressionAttributeNames", names);
        }
        if (!expressions.values().isEmpty()) {
            fields.put("ExpressionAttributeValues", ItemJson.toDynamoNode(new TreeMap<>(expressions.values())));
        }
    }

    /** "PutItem" → "put-item", "ScanIndexForward" → "scan-index-forward": the AWS CLI's spelling. */
    static String kebab(String name) {
        return words(name, "-");
    }

    /** "PutItem" → "put_item": boto3's spelling. */
    static String snake(String name) {
        return words(name, "_");
    }

    /** "PutItem" → "putItem": the Java SDK's spelling. */
    static String lowerCamel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String words(String name, String separator) {
        return lowerCamel(name).replaceAll("([A-Z])", separator + "$1").toLowerCase();
    }

    /** A JSON string is a Java, Python and JavaScript literal of the same string (quotes, \ and controls escaped). */
    static String text(String value) {
        return TextNode.valueOf(value).toString();
    }
}
