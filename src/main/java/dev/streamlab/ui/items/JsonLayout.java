package dev.streamlab.ui.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Lays an item's JSON out for the editor: one attribute a line, each value on that line while it fits
 * ({@code "Id": {"S": "ID1"},}), larger ones broken over lines. Jackson's pretty printer puts every type tag on a
 * line of its own, which makes DynamoDB JSON three times as tall. Scalars are written by Jackson, so escapes
 * and every digit of a number stay exact.
 */
final class JsonLayout {

    /** Values whose one-line form would reach past this column are broken over lines. */
    static final int WIDTH = 72;
    private static final int INDENT = 2;

    private JsonLayout() {
    }

    static String write(JsonNode item) {
        StringBuilder out = new StringBuilder();
        layout(item, 0, true, out);
        return out.toString();
    }

    private static void layout(JsonNode node, int indent, boolean broken, StringBuilder out) {
        String oneLine = oneLine(node);
        if (!node.isContainerNode() || node.isEmpty() || (!broken && indent + oneLine.length() <= WIDTH)) {
            out.append(oneLine);
            return;
        }
        out.append(node.isObject() ? "{" : "[").append('\n');
        for (Iterator<Map.Entry<String, JsonNode>> members = members(node); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            out.append(" ".repeat(indent + INDENT));
            if (node.isObject()) {
                out.append(scalar(member.getKey())).append(": ");
            }
            layout(member.getValue(), indent + INDENT, false, out);
            out.append(members.hasNext() ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append(node.isObject() ? "}" : "]");
    }

    private static String oneLine(JsonNode node) {
        if (!node.isContainerNode()) {
            return scalar(node);
        }
        List<String> parts = new ArrayList<>();
        members(node).forEachRemaining(member -> parts.add(
                (node.isObject() ? scalar(member.getKey()) + ": " : "") + oneLine(member.getValue())));
        return node.isObject() ? "{" + String.join(", ", parts) + "}" : "[" + String.join(", ", parts) + "]";
    }

    /** An array's members with empty names, so objects and arrays are walked alike. */
    private static Iterator<Map.Entry<String, JsonNode>> members(JsonNode node) {
        if (node.isObject()) {
            return node.fields();
        }
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        node.forEach(member -> members.add(Map.entry("", member)));
        return members.iterator();
    }

    private static String scalar(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // a string or a value node written to a String cannot fail; this would be a Jackson bug
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
