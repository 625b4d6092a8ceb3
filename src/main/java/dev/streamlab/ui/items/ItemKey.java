package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's identity in the view: the values of its table key. Numbers compare as numbers, because DynamoDB
 * hands back its own spelling ("1000.0" is stored as 1000), so a saved item and its stream record meet.
 */
public record ItemKey(List<String> parts) {

    static ItemKey of(TableInfo.KeySchema key, Map<String, AttributeValue> item) {
        List<String> parts = new ArrayList<>();
        for (String name : key.attributes()) {
            parts.add(part(item.get(name)));
        }
        return new ItemKey(List.copyOf(parts));
    }

    /** Just the key attributes of an item, in key order: what GetItem and DeleteItem take. */
    static Map<String, AttributeValue> attributes(TableInfo.KeySchema key, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String name : key.attributes()) {
            if (item.containsKey(name)) {
                attributes.put(name, item.get(name));
            }
        }
        return attributes;
    }

    /** The item's attributes in the order the view shows them: its key first, then the others by name. */
    static Map<String, AttributeValue> ordered(TableInfo.KeySchema key, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> ordered = attributes(key, item);
        new TreeMap<>(item).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String part(AttributeValue value) {
        if (value == null) {
            return "";
        }
        if (value.n() != null) {
            return "N:" + new BigDecimal(value.n()).stripTrailingZeros().toPlainString();
        }
        return value.s() != null ? "S:" + value.s() : "B:" + CellFormatter.plain(value).asText();
    }
}
