package dev.streamlab.ui.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.ItemJson;
import dev.streamlab.ui.stream.AttributeChange.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An image as pretty JSON (DynamoDB or plain) with the lines of its changed attributes marked, so the detail pane
 * can colour them. Lines are found by walking the JSON tree the way the shared pretty printer lays it out: one
 * field or element per line, an object or array taking its braces' two lines besides, an empty one a single line.
 *
 * @param marks line ranges (0-based, inclusive) and what happened to the attribute written there
 */
public record MarkedJson(String text, List<Mark> marks) {

    public record Mark(int firstLine, int lastLine, Kind kind) {
    }

    public MarkedJson {
        marks = List.copyOf(marks);
    }

    /** @param shown the kinds of change this side shows: an OldImage shows what went, a NewImage what came */
    static MarkedJson of(Map<String, AttributeValue> image, boolean plain, List<AttributeChange> changes,
            Set<Kind> shown) {
        JsonNode root = plain ? ItemJson.toPlainNode(image) : ItemJson.toDynamoNode(image);
        List<Mark> marks = new ArrayList<>();
        for (AttributeChange change : changes) {
            if (shown.contains(change.kind())) {
                locate(root, 0, change.path(), !plain)
                        .ifPresent(lines -> marks.add(new Mark(lines[0], lines[1], change.kind())));
            }
        }
        return new MarkedJson(plain ? ItemJson.writePlainPretty(image) : ItemJson.writeDynamoPretty(image), marks);
    }

    /** @param line where the object's opening brace is */
    private static Optional<int[]> locate(JsonNode object, int line, List<String> path, boolean dynamo) {
        int fieldLine = line + 1;
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals(path.get(0))) {
                if (path.size() == 1) {
                    return Optional.of(new int[] {fieldLine, fieldLine + lines(value) - 1});
                }
                // In DynamoDB JSON a map's attributes sit one level down, inside {"M": {...}}.
                JsonNode inner = dynamo ? value.get("M") : value;
                return inner == null || !inner.isObject() ? Optional.empty()
                        : locate(inner, dynamo ? fieldLine + 1 : fieldLine, path.subList(1, path.size()), dynamo);
            }
            fieldLine += lines(value);
        }
        return Optional.empty();
    }

    /** How many lines the pretty printer gives a value. */
    static int lines(JsonNode value) {
        if (!value.isContainerNode() || value.isEmpty()) {
            return 1;
        }
        int lines = 2;
        for (JsonNode child : value) {
            lines += lines(child);
        }
        return lines;
    }
}
