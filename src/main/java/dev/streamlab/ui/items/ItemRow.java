package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One row of the items table: the item, its key, and every cell's text, made on the thread that read or received
 * the item. {@code change} marks rows a stream record or a save changed since the page was read.
 */
public record ItemRow(ItemKey key, Map<String, AttributeValue> item, Map<String, CellText> cells, Change change) {

    public enum Change { NONE, INSERTED, MODIFIED }

    /** DynamoDB keeps no attribute order, so the row puts them in the view's: the key first, then by name. */
    static ItemRow of(TableInfo.KeySchema key, Map<String, AttributeValue> item, Change change) {
        Map<String, AttributeValue> ordered = ItemKey.ordered(key, item);
        Map<String, CellText> cells = new HashMap<>();
        ordered.forEach((name, value) -> cells.put(name, CellFormatter.format(value)));
        return new ItemRow(ItemKey.of(key, ordered), Collections.unmodifiableMap(ordered), Map.copyOf(cells), change);
    }

    public CellText cell(String attribute) {
        return cells.getOrDefault(attribute, CellText.ABSENT);
    }
}
