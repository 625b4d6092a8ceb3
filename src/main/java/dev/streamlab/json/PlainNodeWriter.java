package dev.streamlab.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns attribute values into plain JSON trees. Lossy by nature: sets become arrays and binary becomes base64
 * strings, so reading the output back as plain JSON yields L and S where SS, NS, BS and B were.
 */
final class PlainNodeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlainNodeWriter() {
    }

    static ObjectNode item(Map<String, AttributeValue> item, String parentPath) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> {
            String path = AttributePath.child(parentPath, name);
            node.set(name, value(value, path));
        });
        return node;
    }

    private static JsonNode value(AttributeValue value, String path) {
        return switch (AttributeTypes.of(value, path)) {
            case S -> NODES.textNode(value.s());
            case N -> number(value.n(), path);
            case B -> NODES.textNode(base64(value.b()));
            case BOOL -> NODES.booleanNode(value.bool());
            case NUL -> NODES.nullNode();
            case M -> item(value.m(), path);
            case L -> {
                ArrayNode list = NODES.arrayNode();
                value.l().forEach(member -> list.add(value(member, AttributePath.index(path, list.size()))));
                yield list;
            }
            case SS -> {
                ArrayNode set = NODES.arrayNode();
                value.ss().forEach(set::add);
                yield set;
            }
            case NS -> {
                ArrayNode set = NODES.arrayNode();
                value.ns().forEach(member -> set.add(number(member, path)));
                yield set;
            }
            case BS -> {
                ArrayNode set = NODES.arrayNode();
                value.bs().forEach(member -> set.add(base64(member)));
                yield set;
            }
            case UNKNOWN_TO_SDK_VERSION -> throw AttributeTypes.unknown(value, path);
        };
    }

    private static JsonNode number(String text, String path) {
        try {
            return new VerbatimNumberNode(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Attribute \"" + path + "\" has N \"" + text + "\", not a number", e);
        }
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
