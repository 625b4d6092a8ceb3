package dev.streamlab.data.code;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.data.ItemPageRequest;
import dev.streamlab.json.ItemJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A request as Java with the AWS SDK v2's DynamoDbClient and the request's builder. */
public final class JavaCode {

    private JavaCode() {
    }

    public static String of(ItemPageRequest request, CodeTarget target) {
        return of(ReadRequest.of(request), target);
    }

    static String of(ApiRequest request, CodeTarget target) {
        String operation = request.operation();
        List<String> calls = new ArrayList<>();
        request.fields().forEach((name, value) -> call(calls, ApiRequest.lowerCamel(name), argument(name, value)));
        String client = target.endpoint()
                .map(url -> "DynamoDbClient.builder()\n        .endpointOverride(URI.create(" + text(url) + "))\n"
                        + "        .region(Region.of(" + text(target.region()) + "))\n"
                        + "        .credentialsProvider(StaticCredentialsProvider.create("
                        + "AwsBasicCredentials.create(\"local\", \"local\")))\n        .build()")
                .orElse("DynamoDbClient.builder().region(Region.of(" + text(target.region()) + ")).build()");
        String call = "dynamo." + ApiRequest.lowerCamel(operation) + "(" + operation + "Request.builder()\n"
                + String.join("\n", calls) + "\n        .build());\n";
        return "DynamoDbClient dynamo = " + client + ";\n"
                + (request.returnsItems() ? operation + "Response response = " + call
                        + "response.items().forEach(System.out::println);\n" : call);
    }

    /**
     * A field's value as the builder takes it: a string, a flag, the names' map of strings, or a map of
     * AttributeValues (an item, a key, the :values), read back from its DynamoDB JSON.
     */
    private static String argument(String field, JsonNode value) {
        if (value.isTextual()) {
            return text(value.textValue());
        }
        if (value.isBoolean()) {
            return value.toString();
        }
        if (field.equals("ExpressionAttributeNames")) {
            Map<String, String> names = new LinkedHashMap<>();
            value.fields().forEachRemaining(name -> names.put(name.getKey(), text(name.getValue().textValue())));
            return mapOf(names);
        }
        return map(ItemJson.readDynamo(value.toString(), field));
    }

    private static void call(List<String> calls, String method, String argument) {
        calls.add("        ." + method + "(" + argument + ")");
    }

    private static String map(Map<String, AttributeValue> values) {
        Map<String, String> codes = new LinkedHashMap<>();
        values.forEach((name, value) -> codes.put(name, value(value)));
        return mapOf(codes);
    }

    /** @param codes each key with the Java expression of its value */
    private static String mapOf(Map<String, String> codes) {
        List<String> entries = new ArrayList<>();
        codes.forEach((name, code) -> entries.add("Map.entry(" + text(name) + ", " + code + ")"));
        return "Map.ofEntries(" + joined(entries) + ")";
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

    private static String text(String value) {
        return ApiRequest.text(value);
    }
}
