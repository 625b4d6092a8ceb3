package dev.streamlab.ui.items;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamlab.json.ItemJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns an attribute value into a cell's short text: strings as they are (on one line), numbers with every digit,
 * sets as {a, b}, binary as shortened base64, maps and lists as compact JSON. Runs on the thread that read the
 * item, so the FX thread only lays the text out.
 */
final class CellFormatter {

    /** Longer text is cut here; the editor shows the whole value. */
    static final int LIMIT = 80;
    private static final int BASE64_SHOWN = 12;

    private CellFormatter() {
    }

    static CellText format(AttributeValue value) {
        return switch (ItemJson.typeTag(value)) {
            case "S" -> text(value.s());
            case "N" -> new CellText(value.n(), CellText.Kind.NUMBER);
            case "BOOL" -> new CellText(String.valueOf(value.bool()), CellText.Kind.LITERAL);
            case "NULL" -> new CellText("null", CellText.Kind.LITERAL);
            case "SS" -> text(braces(value.ss()));
            case "NS" -> text(braces(value.ns()));
            case "B" -> text(shortBase64(plain(value).asText()));
            case "BS" -> {
                List<String> members = new ArrayList<>();
                plain(value).forEach(member -> members.add(shortBase64(member.asText())));
                yield text(braces(members));
            }
            default -> text(plain(value).toString());
        };
    }

    private static CellText text(String text) {
        String line = text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\t', ' ');
        return new CellText(line.length() > LIMIT ? line.substring(0, LIMIT - 1) + "…" : line, CellText.Kind.TEXT);
    }

    private static String braces(List<String> members) {
        return "{" + String.join(", ", members) + "}";
    }

    private static String shortBase64(String base64) {
        return base64.length() <= BASE64_SHOWN ? base64 : base64.substring(0, BASE64_SHOWN) + "…";
    }

    /** The value as plain JSON: binary as base64 text, sets as arrays; the JSON codec already knows how. */
    static JsonNode plain(AttributeValue value) {
        return ItemJson.toPlainNode(Map.of("v", value)).get("v");
    }
}
