package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A request as Python with boto3's low-level client, values in DynamoDB JSON as the client takes them. */
public final class PythonCode {

    private PythonCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        return of(ReadRequest.of(request), target);
    }

    static String of(ApiRequest request, CodeTarget target) {
        String client = target.endpoint()
                .map(url -> "boto3.client(\"dynamodb\", endpoint_url=" + ApiRequest.text(url) + ", region_name="
                        + ApiRequest.text(target.region()) + ",\n                         aws_access_key_id=\"local\","
                        + " aws_secret_access_key=\"local\")")
                .orElse("boto3.client(\"dynamodb\", region_name=" + ApiRequest.text(target.region()) + ")");
        List<String> arguments = new ArrayList<>();
        request.fields().forEach((name, value) -> arguments.add("    " + name + "=" + literal(value) + ","));
        return "import boto3\n\n"
                + "dynamodb = " + client + "\n"
                + (request.returnsItems() ? "response = " : "")
                + "dynamodb." + ApiRequest.snake(request.operation()) + "(\n"
                + String.join("\n", arguments) + "\n)\n"
                + (request.returnsItems() ? "for item in response[\"Items\"]:\n    print(item)\n" : "");
    }

    /** JSON is Python but for true, false and null. */
    static String literal(JsonNode node) {
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                entries.add(ApiRequest.text(field.getKey()) + ": " + literal(field.getValue()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(literal(element)));
            return "[" + String.join(", ", elements) + "]";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isNull()) {
            return "None";
        }
        return node.isTextual() ? ApiRequest.text(node.textValue()) : node.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
