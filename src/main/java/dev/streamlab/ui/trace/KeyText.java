package dev.streamlab.ui.trace;

import dev.streamlab.json.ItemJson;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A key as a person reads it in a tree row: {@code {Id: ID9}}, {@code {pk: GRP#1, sk: 2023-03-22}}. */
final class KeyText {

    private static final int LONGEST = 80;

    private KeyText() {
    }

    /** Attributes in name order: a stream record's keys come in no set order, and one item must read the same. */
    static String of(Map<String, AttributeValue> key) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        var values = ItemJson.toPlainNode(key);
        new TreeSet<>(key.keySet()).forEach(name -> {
            var value = values.get(name);
            text.add(name + ": " + (value.isTextual() ? value.asText() : value.toString()));
        });
        return shortened(text.toString());
    }

    static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
    }
}
