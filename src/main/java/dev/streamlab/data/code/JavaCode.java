package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.streamlab.data.ItemPageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A scan or query as Java with the AWS SDK v2's DynamoDbClient and the request's builder. */
public final class JavaCode {

    private JavaCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        String operation = ReadRequest.operation(request);
        List<String> calls = new ArrayList<>();
        call(calls, "tableName", text(request.table()));
        request.index().ifPresent(index -> call(calls, "indexName", text(index)));
        request.keyCondition().ifPresent(condition -> call(calls, "keyConditionExpression", text(condition)));
        request.filter().ifPresent(filter -> call(calls, "filterExpression", text(filter)));
        request.projection().ifPresent(projection -> call(calls, "projectionExpression", text(projection)));
        if (!request.expressions().names().isEmpty()) {
            List<String> entries = new ArrayList<>();
            new TreeMap<>(request.expressions().names()).forEach((name, attribute) ->
                    entries.add("Map.entry(" + text(name) + ", " + text(attribute) + ")"));
            call(calls, "expressionAttributeNames", "Map.ofEntries(" + String.join(", ", entries) + ")");
        }
        if (!request.expressions().values().isEmpty()) {
            call(calls, "expressionAttributeValues", map(new TreeMap<>(request.expressions().values())));
        }
        if (request.descending()) {
            call(calls, "scanIndexForward", "false");
        }
        String client = target.endpoint()
                .map(url -> "DynamoDbClient.builder()\n        .endpointOverride(URI.create(" + text(url) + "))\n"
                        + "        .region(Region.of(" + text(target.region()) + "))\n"
                        + "        .credentialsProvider(StaticCredentialsProvider.create("
                        + "AwsBasicCredentials.create(\"local\", \"local\")))\n        .build()")
                .orElse("DynamoDbClient.builder().region(Region.of(" + text(target.region()) + ")).build()");
        return "DynamoDbClient dynamo = " + client + ";\n"
                + operation + "Response response = dynamo." + operation.toLowerCase() + "(" + operation
                + "Request.builder()\n" + String.join("\n", calls) + "\n        .build());\n"
                + "response.items().forEach(System.out::println);\n";
    }

    private static void call(List<String> calls, String method, String argument) {
        calls.add("        ." + method + "(" + argument + ")");
    }

    private static String map(Map<String, AttributeValue> values) {
        List<String> entries = new ArrayList<>();
        values.forEach((name, value) -> entries.add("Map.entry(" + text(name) + ", " + value(value) + ")"));
        return "Map.ofEntries(" + String.join(", ", entries) + ")";
    }

    /** The AttributeValue factory call that makes the same value. */
    static String value(AttributeValue value) {
        return switch (value.type()) {
            case S -> "AttributeValue.fromS(" + text(value.s()) + ")";
            case N -> "AttributeValue.fromN(" + text(value.n()) + ")";
            case B -> "AttributeValue.fromB(" + bytes(value.b().asByteArray()) + ")";
            case BOOL -> "AttributeValue.fromBool(" + value.bool() + ")";
            case NUL -> "AttributeValue.fromNul(true)";
            case SS -> "AttributeValue.fromSs(List.of(" + joined(value.ss().stream().map(JavaCode::text).toList())
                    + "))";
            case NS -> "AttributeValue.fromNs(List.of(" + joined(value.ns().stream().map(JavaCode::text).toList())
                    + "))";
            case BS -> "AttributeValue.fromBs(List.of(" + joined(value.bs().stream()
                    .map(b -> bytes(b.asByteArray())).toList()) + "))";
            case L -> "AttributeValue.fromL(List.of(" + joined(value.l().stream().map(JavaCode::value).toList()) + "))";
            case M -> "AttributeValue.fromM(" + map(new TreeMap<>(value.m())) + ")";
            default -> throw new IllegalArgumentException("An attribute value of no known type: " + value);
        };
    }

    private static String bytes(byte[] bytes) {
        return "SdkBytes.fromByteArray(Base64.getDecoder().decode("
                + text(java.util.Base64.getEncoder().encodeToString(bytes)) + "))";
    }

    private static String joined(List<String> parts) {
        return String.join(", ", parts);
    }

    /** A JSON string is a Java string literal with the same value (Jackson escapes quotes, \ and controls). */
    private static String text(String value) {
        return TextNode.valueOf(value).toString();
    }
}
