package dev.streamlab.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Puts, gets, updates and deletes single items. Keys, types, sizes and expression placeholders are
 * checked before anything is sent, so a mistake writes nothing and says exactly what was wrong.
 */
public final class ItemStore {

    private final DynamoDbClient dynamo;
    private final TableSchemas schemas;

    public ItemStore(DynamoDbClient dynamo, TableSchemas schemas) {
        this.dynamo = dynamo;
        this.schemas = schemas;
    }

    public void put(String table, Map<String, AttributeValue> item, Optional<String> condition,
            Expressions expressions) {
        TableInfo info = schemas.of(table);
        KeyCheck.requireKeyAttributes(info, item, "The item");
        ItemLimits.requireItem(item, "The item");
        expressions.requireMatching(condition.orElse(null));
        ItemLimits.requireValues(expressions.values(), "The expression values");
        SdkErrors.translate(() -> dynamo.putItem(r -> r.tableName(table).item(item)
                .conditionExpression(condition.orElse(null))
                .expressionAttributeNames(expressions.namesOrNull())
                .expressionAttributeValues(expressions.valuesOrNull())), "table " + table);
    }

    public Optional<Map<String, AttributeValue>> get(String table, Map<String, AttributeValue> key) {
        KeyCheck.requireKey(schemas.of(table), key, "The key");
        ItemLimits.requireValues(key, "The key");
        var response = SdkErrors.translate(() -> dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)),
                "table " + table);
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    /** Applies an update expression (SET, REMOVE, ADD, DELETE) and returns the item as it is afterwards. */
    public Map<String, AttributeValue> update(String table, Map<String, AttributeValue> key, String updateExpression,
            Optional<String> condition, Expressions expressions) {
        KeyCheck.requireKey(schemas.of(table), key, "The key");
        ItemLimits.requireValues(key, "The key");
        expressions.requireMatching(updateExpression, condition.orElse(null));
        ItemLimits.requireValues(expressions.values(), "The expression values");
        return SdkErrors.translate(() -> dynamo.updateItem(r -> r.tableName(table).key(key)
                .updateExpression(updateExpression)
                .conditionExpression(condition.orElse(null))
                .expressionAttributeNames(expressions.namesOrNull())
                .expressionAttributeValues(expressions.valuesOrNull())
                .returnValues(ReturnValue.ALL_NEW)), "table " + table).attributes();
    }

    /** Deletes an item and returns it as it was, or empty when there was none. */
    public Optional<Map<String, AttributeValue>> delete(String table, Map<String, AttributeValue> key,
            Optional<String> condition, Expressions expressions) {
        KeyCheck.requireKey(schemas.of(table), key, "The key");
        ItemLimits.requireValues(key, "The key");
        expressions.requireMatching(condition.orElse(null));
        ItemLimits.requireValues(expressions.values(), "The expression values");
        var response = SdkErrors.translate(() -> dynamo.deleteItem(r -> r.tableName(table).key(key)
                .conditionExpression(condition.orElse(null))
                .expressionAttributeNames(expressions.namesOrNull())
                .expressionAttributeValues(expressions.valuesOrNull())
                .returnValues(ReturnValue.ALL_OLD)), "table " + table);
        return response.hasAttributes() ? Optional.of(response.attributes()) : Optional.empty();
    }

    /** Deletes the items with these keys in batches of 25, unprocessed ones retried; returns how many. */
    public int deleteAll(String table, List<Map<String, AttributeValue>> keys) {
        return new BatchLoader(dynamo).delete(table, keys, deleted -> { });
    }
}
