package dev.streamlab.builtins;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seed 000's reminder-event-processor: projects the append-only `events` store into the `reminders` table.
 * ReminderCreated (also an event without eventType, as the seed's events have) and ReminderUpdated put the
 * reminder; ReminderDeleted deletes it. Only INSERT records count: events are never modified. A malformed event
 * throws, naming the event and field, so the host retries and then dead-letters the batch instead of losing it.
 */
final class ReminderProjector implements Trigger {

    private final String remindersTable;

    ReminderProjector(String remindersTable) {
        this.remindersTable = remindersTable;
    }

    @Override
    public BatchResponse handle(TriggerEvent event, TriggerContext context) {
        for (StreamRecord record : event.records()) {
            if ("INSERT".equals(record.eventName())) {
                project(fields(record), context);
            }
        }
        return BatchResponse.success();
    }

    private static EventFields fields(StreamRecord record) {
        AttributeValue id = record.keys().get("id");
        String eventId = id == null || id.s() == null ? record.eventId() : id.s();
        Map<String, AttributeValue> image = record.newImage()
                .orElseThrow(() -> new MalformedEventException(eventId, "NewImage", "the events stream must be "
                        + "NEW_IMAGE or NEW_AND_OLD_IMAGES"));
        return new EventFields(eventId, image);
    }

    private void project(EventFields event, TriggerContext context) {
        String type = event.string("eventType").orElse("ReminderCreated");
        switch (type) {
            case "ReminderCreated", "ReminderUpdated" -> {
                Map<String, AttributeValue> reminder = Reminder.item(event);
                context.log(type + " " + event.eventId() + ": put reminder " + Reminder.id(event) + " at "
                        + reminder.get("timestamp").s());
                context.dynamo().putItem(put -> put.tableName(remindersTable).item(reminder));
            }
            case "ReminderDeleted" -> {
                String id = Reminder.id(event);
                context.log(type + " " + event.eventId() + ": delete reminder " + id);
                context.dynamo().deleteItem(delete -> delete.tableName(remindersTable)
                        .key(Map.of("id", AttributeValue.fromS(id))));
            }
            default -> context.log("Skipped " + event.eventId() + ": " + type + " is not a reminder event.");
        }
    }
}
