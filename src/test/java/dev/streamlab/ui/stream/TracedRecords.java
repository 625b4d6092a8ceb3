package dev.streamlab.ui.stream;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.trace.RecordTraced;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stream records as the causal trace tells them, made up for the stream view's tests. */
final class TracedRecords {

    static final Instant SEEN = Instant.parse("2024-05-01T10:15:30.123Z");
    static final Instant CREATED = Instant.parse("2024-05-01T10:15:30Z");
    static final String SHARD = "shardId-00000001714558530000-3a6f9e21";

    private TracedRecords() {
    }

    static Map<String, AttributeValue> user(String id, String email) {
        return Map.of("Id", AttributeValue.fromS(id), "Email", AttributeValue.fromS(email));
    }

    /** A user's INSERT in a NEW_AND_OLD_IMAGES table, told as a write made outside any trigger. */
    static RecordTraced inserted(String table, String id, String email, long sequence) {
        return traced(table, "INSERT", Map.of("Id", AttributeValue.fromS(id)), Optional.of(user(id, email)),
                Optional.empty(), "NEW_AND_OLD_IMAGES", sequence, 0);
    }

    static RecordTraced modified(String table, Map<String, AttributeValue> oldImage,
            Map<String, AttributeValue> newImage, long sequence, int depth) {
        return traced(table, "MODIFY", Map.of("Id", newImage.get("Id")), Optional.of(newImage), Optional.of(oldImage),
                "NEW_AND_OLD_IMAGES", sequence, depth);
    }

    static RecordTraced removed(String table, String id, long sequence) {
        return traced(table, "REMOVE", Map.of("Id", AttributeValue.fromS(id)), Optional.empty(),
                Optional.of(user(id, "gone@example.com")), "NEW_AND_OLD_IMAGES", sequence, 0);
    }

    /** An Orders record (seed 002): Id and Amount keys, KEYS_ONLY. */
    static RecordTraced keysOnly(String table, long sequence) {
        var keys = new LinkedHashMap<String, AttributeValue>();
        keys.put("Id", AttributeValue.fromN("42"));
        keys.put("Amount", AttributeValue.fromN("1000.50"));
        return traced(table, "INSERT", keys, Optional.empty(), Optional.empty(), "KEYS_ONLY", sequence, 0);
    }

    static RecordTraced traced(String table, String eventName, Map<String, AttributeValue> keys,
            Optional<Map<String, AttributeValue>> newImage, Optional<Map<String, AttributeValue>> oldImage,
            String viewType, long sequence, int depth) {
        String sequenceNumber = String.format("%021d", sequence);
        var record = new StreamRecord("event-" + table + "-" + sequence, eventName, "ddblocal",
                "arn:aws:dynamodb:ddblocal:000000000000:table/" + table + "/stream/2024-05-01T10:00:00.000", SHARD,
                CREATED, keys, newImage, oldImage, sequenceNumber, 120, viewType, Optional.empty());
        return new RecordTraced(SEEN, table, record, depth,
                depth == 0 ? Optional.empty() : Optional.of("write-" + sequence));
    }
}
