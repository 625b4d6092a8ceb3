package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.streamlab.data.Expressions;
import dev.streamlab.json.ItemJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A put or a delete of one item, to be copied as code. The item keeps the order it is given in (the editor's: key
 * first), so the copied JSON reads like what the user sees.
 */
public final class WriteRequest {

    /** What the write does. */
    public enum Kind {
        PUT,
        DELETE;

        /** "PutItem", "DeleteItem": the API's operation. */
        String operation() {
            return name().charAt(0) + name().substring(1).toLowerCase() + "Item";
        }

        /** "put", "delete": the word the copy menu names an SDK's write by. */
        String verb() {
            return name().toLowerCase();
        }
    }

    private final ApiRequest api;

    private WriteRequest(Kind kind, Map<String, JsonNode> fields) {
        this.api = new ApiRequest(kind.operation(), fields, false);
    }

    public static WriteRequest put(String table, Map<String, AttributeValue> item, Optional<String> condition,
            Expressions expressions) {
        Map<String, JsonNode> fields = tableAnd(table, "Item", item);
        condition.ifPresent(expression -> fields.put("ConditionExpression",
                JsonNodeFactory.instance.textNode(expression)));
        ApiRequest.putExpressions(fields, expressions);
        return new WriteRequest(Kind.PUT, fields);
    }

    public static WriteRequest delete(String table, Map<String, AttributeValue> key) {
        return new WriteRequest(Kind.DELETE, tableAnd(table, "Key", key));
    }

    private static Map<String, JsonNode> tableAnd(String table, String field, Map<String, AttributeValue> item) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("TableName", JsonNodeFactory.instance.textNode(table));
        fields.put(field, ItemJson.toDynamoNode(item));
        return fields;
    }

    ApiRequest api() {
        return api;
    }
}
