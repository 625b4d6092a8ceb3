package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scan or query as Python with boto3's low-level client, values in DynamoDB JSON as the client takes them. */
public final class PythonCode {

    private PythonCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        String client = target.endpoint()
                .map(url -> "boto3.client(\"dynamodb\", endpoint_url=" + text(url) + ", region_name="
                        + text(target.region()) + ",\n                         aws_access_key_id=\"local\","
                        + " aws_secret_access_key=\"local\")")
                .orElse("boto3.client(\"dynamodb\", region_name=" + text(target.region()) + ")");
        List<String> arguments = new ArrayList<>();
        ReadRequest.fields(request).forEach((name, value) -> arguments.add("    " + name + "=" + literal(value) + ","));
        return "import boto3\n\n"
                + "dynamodb = " + client + "\n"
                + "response = dynamodb." + ReadRequest.operation(request).toLowerCase() + "(\n"
                + String.join("\n", arguments) + "\n)\n"
                + "for item in response[\"Items\"]:\n    print(item)\n";
    }

    /** JSON is Python but for true, false and null. */
    static String literal(JsonNode node) {
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : iterable(node)) {
                entries.add(text(field.getKey()) + ": " + literal(field.getValue()));
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
        return node.isTextual() ? text(node.textValue()) : node.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    /** A JSON string is a valid Python string literal with the same value. */
    private static String text(String value) {
        return TextNode.valueOf(value).toString();
    }
}
