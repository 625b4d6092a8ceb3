package dev.streamlab.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns attribute values into DynamoDB JSON trees; lossless, numbers stay the strings DynamoDB holds. */
final class DynamoNodeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DynamoNodeWriter() {
    }

    static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, value(value, name)));
        return node;
    }

    private static ObjectNode value(AttributeValue value, String path) {
        ObjectNode node = NODES.objectNode();
        switch (AttributeTypes.of(value, path)) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case M -> {
                ObjectNode map = node.putObject("M");
                value.m().forEach((name, member) -> map.set(name, value(member, AttributePath.child(path, name))));
            }
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(member -> list.add(value(member, AttributePath.index(path, list.size()))));
            }
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode set = node.putArray("BS");
                value.bs().forEach(bytes -> set.add(Base64.getEncoder().encodeToString(bytes.asByteArray())));
            }
            case UNKNOWN_TO_SDK_VERSION -> throw AttributeTypes.unknown(value, path);
        }
        return node;
    }
}
