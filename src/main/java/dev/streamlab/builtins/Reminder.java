package dev.streamlab.builtins;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Seed 000's reminder snapshot: what the `reminders` table holds for one ReminderCreated or ReminderUpdated event. */
final class Reminder {

    /** Fixed width, so string order is time order in the timestamp indexes. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Reminder() {
    }

    /** The reminder an event is about: eventData.reminderId for later events, else the event's own id. */
    static String id(EventFields event) {
        return event.string("eventData.reminderId").orElse(event.eventId());
    }

    static Map<String, AttributeValue> item(EventFields event) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", AttributeValue.fromS(id(event)));
        item.put("userId", event.requiredNumber("eventData.userId"));
        item.put("timestamp", AttributeValue.fromS(timestamp(event)));
        event.string("eventData.source").ifPresent(source -> item.put("source", AttributeValue.fromS(source)));
        event.string("eventData.userName").ifPresent(name -> item.put("userName", AttributeValue.fromS(name)));
        event.string("eventData.parameters.reminderText")
                .ifPresent(text -> item.put("reminderText", AttributeValue.fromS(text)));
        return item;
    }

    private static String timestamp(EventFields event) {
        LocalDate date = parse(event, "eventData.parameters.date", "a date such as 2017-08-12", LocalDate::parse);
        LocalTime time = parse(event, "eventData.parameters.time", "a time such as 17:00:00", LocalTime::parse);
        return LocalDateTime.of(date, time).format(TIMESTAMP);
    }

    private static <T> T parse(EventFields event, String path, String expected, Function<String, T> parser) {
        String text = event.requiredString(path, expected);
        try {
            return parser.apply(text.trim());
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(event.eventId(), path, expected + ", not '" + text + "'");
        }
    }
}
