package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.streamlab.data.ItemPageRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A scan or query as the API's request fields, in the order the API documents them. */
final class ReadRequest {

    private ReadRequest() {
    }

    static ApiRequest of(ItemPageRequest request) {
        var text = JsonNodeFactory.instance;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("TableName", text.textNode(request.table()));
        request.index().ifPresent(index -> fields.put("IndexName", text.textNode(index)));
        request.keyCondition().ifPresent(condition -> fields.put("KeyConditionExpression", text.textNode(condition)));
        request.filter().ifPresent(filter -> fields.put("FilterExpression", text.textNode(filter)));
        request.projection().ifPresent(projection -> fields.put("ProjectionExpression", text.textNode(projection)));
        ApiRequest.putExpressions(fields, request.expressions());
        if (request.descending()) {
            fields.put("ScanIndexForward", text.booleanNode(false));
        }
        return new ApiRequest(request.isQuery() ? "Query" : "Scan", fields, true);
    }
}
