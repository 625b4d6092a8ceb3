package dev.streamlab.builtins;

import dev.streamlab.json.ItemJson;
import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seed 003's EmailChecker: keeps {@code IsPersonalEmail} in step with {@code Email}, writing only when the flag
 * must change, so its own write (a MODIFY that leaves Email alone) comes back as a no-op instead of recursing.
 * <ol>
 * <li>INSERT: initialise the flag, unless the new item already carries the right one.</li>
 * <li>MODIFY, Email unchanged: nothing.</li>
 * <li>MODIFY, Email changed, flag already right: nothing.</li>
 * <li>MODIFY, Email changed, flag wrong: {@code SET IsPersonalEmail = :v}.</li>
 * </ol>
 * The flag compared is the one in NewImage (the item as it is now), so a NEW_IMAGE stream, whose MODIFY
 * records have no OldImage, works too. An item without an Email string is left alone; REMOVE is ignored.
 * Domains match whole ({@link PersonalDomains}): the seed's {@code endswith} made x@notgmail.com personal.
 */
final class EmailChecker implements Trigger {

    static final String EMAIL = "Email";
    static final String FLAG = "IsPersonalEmail";

    private final PersonalDomains domains;
    private final Optional<String> tableName;

    EmailChecker(PersonalDomains domains, Optional<String> tableName) {
        this.domains = domains;
        this.tableName = tableName;
    }

    @Override
    public BatchResponse handle(TriggerEvent event, TriggerContext context) {
        for (StreamRecord record : event.records()) {
            if (record.newImage().isEmpty()) {
                if (!"REMOVE".equals(record.eventName())) {
                    context.log("Skipped " + record.eventId() + ": the stream carries no NewImage.");
                }
                continue;
            }
            wantedFlag(record).ifPresent(flag -> setFlag(record, flag, context));
        }
        return BatchResponse.success();
    }

    /** The flag to write, or empty when the item needs nothing. */
    private Optional<Boolean> wantedFlag(StreamRecord record) {
        Map<String, AttributeValue> now = record.newImage().orElseThrow();
        String email = email(now);
        if (email == null || emailUnchanged(record, email)) {
            return Optional.empty();
        }
        boolean personal = domains.isPersonal(email);
        AttributeValue current = now.get(FLAG);
        boolean alreadyRight = current != null && Boolean.valueOf(personal).equals(current.bool());
        return alreadyRight ? Optional.empty() : Optional.of(personal);
    }

    /** Without an OldImage (INSERT, or a NEW_IMAGE stream) the Email counts as changed and the flag decides. */
    private static boolean emailUnchanged(StreamRecord record, String email) {
        return "MODIFY".equals(record.eventName())
                && record.oldImage().map(old -> Objects.equals(email(old), email)).orElse(false);
    }

    private static String email(Map<String, AttributeValue> image) {
        AttributeValue email = image.get(EMAIL);
        return email == null ? null : email.s();
    }

    private void setFlag(StreamRecord record, boolean personal, TriggerContext context) {
        String table = tableName.orElseGet(() -> RecordTable.of(record));
        context.log("Updating " + ItemJson.writeDynamo(record.keys()) + " in " + table + ": " + FLAG + "=" + personal);
        context.dynamo().updateItem(update -> update.tableName(table)
                .key(record.keys())
                .updateExpression("SET " + FLAG + " = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromBool(personal))));
    }
}
