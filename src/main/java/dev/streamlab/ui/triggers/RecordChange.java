package dev.streamlab.ui.triggers;

import dev.streamlab.json.ItemJson;
import dev.streamlab.stream.StreamRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a stream record says an item went through: its keys, and before/after from its OldImage and NewImage as far
 * as the stream's view type carries them.
 *
 * @param change one line: the attributes that changed ("IsPersonalEmail: — → true"), or the new or old item
 * @param before the OldImage, pretty-printed plain JSON, or empty
 * @param after  the NewImage, pretty-printed plain JSON, or empty
 */
record RecordChange(String eventName, String keys, String change, String before, String after) {

    private static final int SHOWN_CHANGES = 3;
    private static final int LINE = 100;

    static RecordChange of(StreamRecord record) {
        Optional<Map<String, AttributeValue>> old = record.oldImage();
        Optional<Map<String, AttributeValue>> now = record.newImage();
        String change;
        if (old.isPresent() && now.isPresent()) {
            change = differences(old.get(), now.get());
        } else if (now.isPresent()) {
            change = ("INSERT".equals(record.eventName()) ? "new item " : "now ")
                    + Formats.oneLine(ItemJson.toPlainNode(now.get()), LINE);
        } else if (old.isPresent()) {
            change = "was " + Formats.oneLine(ItemJson.toPlainNode(old.get()), LINE);
        } else {
            change = "no images on a " + record.streamViewType() + " stream";
        }
        return new RecordChange(record.eventName(), Formats.oneLine(ItemJson.toPlainNode(record.keys()), LINE), change,
                old.map(ItemJson::writePlainPretty).orElse(""), now.map(ItemJson::writePlainPretty).orElse(""));
    }

    private static String differences(Map<String, AttributeValue> old, Map<String, AttributeValue> now) {
        List<String> changes = new ArrayList<>();
        var names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changes.add(name + ": " + value(name, old) + " → " + value(name, now));
            }
        }
        if (changes.isEmpty()) {
            return "no attribute changed";
        }
        String shown = String.join(", ", changes.subList(0, Math.min(SHOWN_CHANGES, changes.size())));
        return changes.size() > SHOWN_CHANGES ? shown + ", +" + (changes.size() - SHOWN_CHANGES) + " more" : shown;
    }

    private static String value(String name, Map<String, AttributeValue> image) {
        AttributeValue value = image.get(name);
        return value == null ? "—" : Formats.oneLine(ItemJson.toPlainNode(Map.of(name, value)).get(name), 40);
    }
}
