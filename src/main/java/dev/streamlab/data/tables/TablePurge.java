package dev.streamlab.data.tables;

import dev.streamlab.data.BatchLoader;
import dev.streamlab.data.SdkErrors;
import dev.streamlab.data.TableCatalog;
import dev.streamlab.data.TableInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Deletes every item of a table and keeps the table, its indexes and its stream (each delete is a REMOVE record):
 * key-only scans, deleted 25 to a BatchWriteItem, page by page.
 */
public final class TablePurge {

    private final DynamoDbClient dynamo;
    private final TableCatalog catalog;

    public TablePurge(DynamoDbClient dynamo, TableCatalog catalog) {
        this.dynamo = dynamo;
        this.catalog = catalog;
    }

    /**
     * @param deleted   told the running count after each page
     * @param cancelled asked between pages
     * @return how many items were deleted
     * @throws CancellationException once {@code cancelled} said so; the message says how many were deleted
     */
    public long purge(String table, LongConsumer deleted, BooleanSupplier cancelled) {
        TableInfo info = catalog.describe(table);
        Map<String, String> names = new HashMap<>();
        List<String> keys = info.key().attributes();
        for (int i = 0; i < keys.size(); i++) {
            names.put("#k" + i, keys.get(i));
        }
        String projection = String.join(", ", names.keySet().stream().sorted().toList());
        var batches = new BatchLoader(dynamo);
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("The purge of " + table + " was cancelled after " + count
                        + " items were deleted.");
            }
            Map<String, AttributeValue> from = start;
            ScanResponse page = SdkErrors.translate(() -> dynamo.scan(scan -> scan.tableName(table)
                    .projectionExpression(projection).expressionAttributeNames(names).exclusiveStartKey(from)),
                    "table " + table);
            count += batches.delete(table, page.items(), done -> { });
            deleted.accept(count);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }
}
