package dev.streamlab.builtins;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Moves one message group row to a new sk carrying the group's last message. The sort key is part of the
 * primary key, so a move is delete + put; seed 004 did them as two calls, and a crash between them lost the
 * row. One TransactWriteItems does both or neither.
 */
final class GroupRowMove {

    private final String table;
    private final Map<String, AttributeValue> row;

    GroupRowMove(String table, Map<String, AttributeValue> row) {
        this.table = table;
        this.row = row;
    }

    void to(AttributeValue sk, AttributeValue message, DynamoDbClient dynamo) {
        Map<String, AttributeValue> moved = new HashMap<>(row);
        moved.put("sk", sk);
        moved.put("message", message);
        if (sk.equals(row.get("sk"))) {
            // Same key: a put alone replaces it (a transaction may not touch one key twice).
            dynamo.putItem(put -> put.tableName(table).item(moved));
            return;
        }
        Map<String, AttributeValue> oldKey = Map.of("pk", row.get("pk"), "sk", row.get("sk"));
        dynamo.transactWriteItems(transaction -> transaction.transactItems(
                TransactWriteItem.builder().delete(delete -> delete.tableName(table).key(oldKey)).build(),
                TransactWriteItem.builder().put(put -> put.tableName(table).item(moved)).build()));
    }
}
