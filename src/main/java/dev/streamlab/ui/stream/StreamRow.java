package dev.streamlab.ui.stream;

import dev.streamlab.json.ItemJson;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.trace.RecordTraced;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One stream record as a row of the stream view. Made on the reader's thread with every string the table shows
 * already computed, so the FX thread only lays rows out. Immutable.
 *
 * @param time   when StreamLab saw the record, to the millisecond (ApproximateCreationDateTime has whole seconds)
 * @param keys   the record's keys, compact: {@code Id=42, Amount=1000}
 * @param search lower-case table, keys and images, for the text filter
 */
public record StreamRow(RecordTraced traced, String time, String table, String eventName, String keys,
        String sequenceNumber, String shard, String depth, String search) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    /** Called on the thread that saw the record. */
    public static StreamRow of(RecordTraced traced) {
        StreamRecord record = traced.record();
        String keys = keyText(record.keys());
        return new StreamRow(traced, TIME.format(traced.time()), traced.table(), record.eventName(), keys,
                record.sequenceNumber(), record.shardId(), depthText(traced.depth()),
                searchText(traced.table(), keys, record));
    }

    public String eventId() {
        return traced.eventId();
    }

    public StreamRecord record() {
        return traced.record();
    }

    /** Empty for a write made outside any trigger; "↳ 2" for a record two trigger invocations down the chain. */
    static String depthText(int depth) {
        return depth == 0 ? "" : "↳ " + depth;
    }

    /** Key attributes are strings, numbers or binary (base64): shown bare, numbers with the digits DynamoDB holds. */
    static String keyText(Map<String, AttributeValue> keys) {
        return keys.entrySet().stream()
                .map(key -> key.getKey() + "=" + scalarText(key.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String scalarText(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return value.n();
        }
        // binary: the base64 text that plain JSON writes
        return ItemJson.toPlainNode(Map.of("key", value)).get("key").asText();
    }

    private static String searchText(String table, String keys, StreamRecord record) {
        var text = new StringBuilder(table).append('\n').append(keys);
        record.newImage().ifPresent(image -> text.append('\n').append(ItemJson.writePlain(image)));
        record.oldImage().ifPresent(image -> text.append('\n').append(ItemJson.writePlain(image)));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
