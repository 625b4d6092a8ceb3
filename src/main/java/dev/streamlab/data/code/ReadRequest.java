package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.json.ItemJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scan or query as the API's own request fields (TableName, KeyConditionExpression…), in the order the API
 * documents them, values in DynamoDB JSON: what every SDK's snippet is written from. Placeholders in name order.
 */
final class ReadRequest {

    private ReadRequest() {
    }

    static String operation(ItemPageRequest request) {
        return request.isQuery() ? "Query" : "Scan";
    }

    static Map<String, JsonNode> fields(ItemPageRequest request) {
        var text = JsonNodeFactory.instance;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("TableName", text.textNode(request.table()));
        request.index().ifPresent(index -> fields.put("IndexName", text.textNode(index)));
        request.keyCondition().ifPresent(condition -> fields.put("KeyConditionExpression", text.textNode(condition)));
        request.filter().ifPresent(filter -> fields.put("FilterExpression", text.textNode(filter)));
        request.projection().ifPresent(projection -> fields.put("ProjectionExpression", text.textNode(projection)));
        if (!request.expressions().names().isEmpty()) {
            ObjectNode names = text.objectNode();
            new TreeMap<>(request.expressions().names()).forEach(names::put);
            fields.put("ExpressionAttributeNames", names);
        }
        if (!request.expressions().values().isEmpty()) {
            fields.put("ExpressionAttributeValues",
                    ItemJson.toDynamoNode(new TreeMap<>(request.expressions().values())));
        }
        if (request.descending()) {
            fields.put("ScanIndexForward", text.booleanNode(false));
        }
        return fields;
    }
}
