package dev.streamlab.builtins;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads dotted paths (eventData.parameters.date) from one event's NewImage, naming the event when one is missing. */
final class EventFields {

    private final String eventId;
    private final Map<String, AttributeValue> image;

    EventFields(String eventId, Map<String, AttributeValue> image) {
        this.eventId = eventId;
        this.image = image;
    }

    String eventId() {
        return eventId;
    }

    Optional<String> string(String path) {
        return find(path).map(AttributeValue::s);
    }

    String requiredString(String path, String expected) {
        return string(path).filter(value -> !value.isBlank())
                .orElseThrow(() -> new MalformedEventException(eventId, path, expected));
    }

    /** Kept as DynamoDB's number, so the reminders GSI on userId (N) accepts it. */
    AttributeValue requiredNumber(String path) {
        return find(path).filter(value -> value.n() != null)
                .orElseThrow(() -> new MalformedEventException(eventId, path, "a number"));
    }

    private Optional<AttributeValue> find(String path) {
        Map<String, AttributeValue> map = image;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            AttributeValue next = map.get(names[i]);
            if (next == null || !next.hasM()) {
                return Optional.empty();
            }
            map = next.m();
        }
        return Optional.ofNullable(map.get(names[names.length - 1]));
    }
}
