package dev.streamlab.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.testing.LocalDynamo;
import dev.streamlab.trigger.Trigger;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Seed 000: ReminderCreated events in the event store become rows of the reminders projection. */
class ReminderProjectorTest {

    private static final String SEED_EVENT = "aea6a9eb-46f4-4b59-b27d-dcee7f52671f";

    private final DynamoDbClient dynamo = LocalDynamo.clients().dynamo();
    private final String events = SampleTables.create("events");
    private final String reminders = SampleTables.create("reminders");
    private final StreamTap stream = new StreamTap(events);
    private final Trigger projector = new ReminderProjectorFactory().create(Map.of("REMINDERS_TABLE", reminders));
    private final RecordingContext context = new RecordingContext("reminder-event-processor");

    @Test
    void theSeedsEventBecomesAReminderQueryableByUserAndTime() throws Exception {
        dynamo.putItem(put -> put.tableName(events).item(created(SEED_EVENT, "2017-08-12", "17:00:00")));

        projector.handle(stream.newEvent(), context);

        var reminder = dynamo.getItem(get -> get.tableName(reminders).key(Map.of("id", s(SEED_EVENT)))).item();
        assertThat(reminder).containsEntry("timestamp", s("2017-08-12T17:00:00"))
                .containsEntry("userId", AttributeValue.fromN("93773717"))
                .containsEntry("userName", s("Andrei"))
                .containsEntry("source", s("telegram"))
                .containsEntry("reminderText", s("wash the dog to"));
        var byUser = dynamo.query(query -> query.tableName(reminders).indexName("userId-timestamp-index")
                .keyConditionExpression("userId = :u AND begins_with(#t, :day)")
                .expressionAttributeNames(Map.of("#t", "timestamp"))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromN("93773717"), ":day", s("2017-08-12"))));
        assertThat(byUser.items()).singleElement().satisfies(item -> assertThat(item.get("id")).isEqualTo(s(SEED_EVENT)));
    }

    @Test
    void anEventWithoutEventTypeIsAReminderCreatedAsInTheSeed() throws Exception {
        dynamo.putItem(put -> put.tableName(events).item(Map.of("id", s("untyped"),
                "eventData", AttributeValue.fromM(eventData(parameters("2017-08-12", "17:00:00"))))));

        projector.handle(stream.newEvent(), context);

        assertThat(reminder("untyped")).containsEntry("timestamp", s("2017-08-12T17:00:00"));
    }

    @Test
    void updatedAndDeletedEventsKeepTheSnapshotCurrent() throws Exception {
        dynamo.putItem(put -> put.tableName(events).item(created(SEED_EVENT, "2017-08-12", "17:00:00")));
        projector.handle(stream.newEvent(), context);

        var data = eventData(parameters("2017-08-13", "09:30:00"));
        data.put("reminderId", s(SEED_EVENT));
        var updated = event("e2", "ReminderUpdated", data);
        dynamo.putItem(put -> put.tableName(events).item(updated));
        projector.handle(stream.newEvent(), context);

        assertThat(reminder(SEED_EVENT)).containsEntry("timestamp", s("2017-08-13T09:30:00"));
        assertThat(dynamo.scan(scan -> scan.tableName(reminders)).count()).isEqualTo(1);

        dynamo.putItem(put -> put.tableName(events)
                .item(event("e3", "ReminderDeleted", Map.of("reminderId", s(SEED_EVENT)))));
        projector.handle(stream.newEvent(), context);

        assertThat(reminder(SEED_EVENT)).isEmpty();
    }

    @Test
    void aMalformedEventFailsTheBatchNamingTheEventAndField() throws Exception {
        var withoutTime = parameters("2017-08-12", "17:00:00");
        withoutTime.remove("time");
        dynamo.putItem(put -> put.tableName(events).item(event("bad-1", "ReminderCreated", eventData(withoutTime))));

        var batch = stream.newEvent();

        assertThatThrownBy(() -> projector.handle(batch, context)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("bad-1").hasMessageContaining("eventData.parameters.time");
        assertThat(dynamo.scan(scan -> scan.tableName(reminders)).count()).isZero();
    }

    /** Seed 000's ReminderCreated (a mutable map, so a test can change it before it is written). */
    private static Map<String, AttributeValue> parameters(String date, String time) {
        return new HashMap<>(Map.of("date", s(date), "time", s(time), "reminderText", s("wash the dog to")));
    }

    private static Map<String, AttributeValue> eventData(Map<String, AttributeValue> parameters) {
        return new HashMap<>(Map.of("source", s("telegram"), "userName", s("Andrei"),
                "userId", AttributeValue.fromN("93773717"), "parameters", AttributeValue.fromM(parameters)));
    }

    private static Map<String, AttributeValue> event(String id, String type, Map<String, AttributeValue> data) {
        return Map.of("id", s(id), "eventType", s(type), "eventData", AttributeValue.fromM(data));
    }

    private static Map<String, AttributeValue> created(String id, String date, String time) {
        return event(id, "ReminderCreated", eventData(parameters(date, time)));
    }

    private Map<String, AttributeValue> reminder(String id) {
        return dynamo.getItem(get -> get.tableName(reminders).key(Map.of("id", s(id)))).item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
