package dev.streamlab.ui.items;

import dev.streamlab.data.TableInfo;
import dev.streamlab.stream.StreamRecord;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stream record of the shown table, made into what the items view needs on the reader's thread: the key, and
 * the row as the record's NewImage has it. KEYS_ONLY and OLD_IMAGE streams carry no new image, so {@code row} is
 * empty and the view reads the item itself.
 */
record LiveChange(String table, String eventName, ItemKey key, Map<String, AttributeValue> keys,
        Optional<ItemRow> row) {

    static LiveChange of(String table, TableInfo.KeySchema key, StreamRecord record) {
        ItemRow.Change change = changeOf(record.eventName());
        return new LiveChange(table, record.eventName(), ItemKey.of(key, record.keys()), record.keys(),
                record.newImage().map(image -> ItemRow.of(key, image, change)));
    }

    boolean removed() {
        return "REMOVE".equals(eventName);
    }

    ItemRow.Change change() {
        return changeOf(eventName);
    }

    private static ItemRow.Change changeOf(String eventName) {
        return "INSERT".equals(eventName) ? ItemRow.Change.INSERTED : ItemRow.Change.MODIFIED;
    }
}
