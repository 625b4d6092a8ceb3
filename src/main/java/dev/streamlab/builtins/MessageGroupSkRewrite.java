package dev.streamlab.builtins;

import dev.streamlab.stream.StreamRecord;
import dev.streamlab.trigger.BatchResponse;
import dev.streamlab.trigger.Trigger;
import dev.streamlab.trigger.TriggerContext;
import dev.streamlab.trigger.TriggerEvent;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seeds 001/004's cruddur-messaging-stream: when a message row ({@code pk = MSG#<group uuid>}) is inserted, every
 * group row of that group (found through the message-group index) moves to the message's sk and carries its text,
 * so "my conversations, newest first" stays right. MODIFY, REMOVE and non-message rows are skipped.
 * Every record of the batch is handled: the seed read only Records[0], losing messages whenever BatchSize > 1.
 * Each row moves in its own transaction ({@link GroupRowMove}), so a crash never leaves a group row missing.
 */
final class MessageGroupSkRewrite implements Trigger {

    private static final String MESSAGE_PREFIX = "MSG#";

    private final Optional<String> tableName;
    private final String indexName;

    MessageGroupSkRewrite(Optional<String> tableName, String indexName) {
        this.tableName = tableName;
        this.indexName = indexName;
    }

    @Override
    public BatchResponse handle(TriggerEvent event, TriggerContext context) {
        for (StreamRecord record : event.records()) {
            AttributeValue pk = record.keys().get("pk");
            if ("INSERT".equals(record.eventName()) && pk != null && pk.s() != null
                    && pk.s().startsWith(MESSAGE_PREFIX)) {
                rewriteGroup(record, pk.s().substring(MESSAGE_PREFIX.length()), context);
            }
        }
        return BatchResponse.success();
    }

    private void rewriteGroup(StreamRecord record, String groupUuid, TriggerContext context) {
        String table = tableName.orElseGet(() -> RecordTable.of(record));
        AttributeValue sk = record.keys().get("sk");
        AttributeValue message = record.newImage().map(image -> image.get("message"))
                .orElseThrow(() -> new IllegalStateException("Record " + record.eventId() + " has no NewImage.message;"
                        + " the stream must carry NEW_IMAGE or NEW_AND_OLD_IMAGES."));
        var rows = context.dynamo().queryPaginator(query -> query.tableName(table).indexName(indexName)
                .keyConditionExpression("message_group_uuid = :group")
                .expressionAttributeValues(Map.of(":group", AttributeValue.fromS(groupUuid)))).items();
        int moved = 0;
        for (Map<String, AttributeValue> row : rows) {
            if (row.get("pk").s().startsWith(MESSAGE_PREFIX)) {
                continue; // a message row that happens to carry message_group_uuid is not a group row
            }
            new GroupRowMove(table, row).to(sk, message, context.dynamo());
            moved++;
        }
        context.log("Group " + groupUuid + ": moved " + moved + " group rows to sk " + sk.s());
    }
}
