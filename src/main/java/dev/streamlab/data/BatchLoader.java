package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Writes or deletes many items with BatchWriteItem, 25 per request, retrying what DynamoDB leaves unprocessed. */
public final class BatchLoader {

    static final int MAX_PER_REQUEST = 25;
    private static final int MAX_ATTEMPTS = 10;
    private static final long FIRST_BACKOFF_MILLIS = 50;

    private final DynamoDbClient dynamo;

    public BatchLoader(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /**
     * Writes every item (in order, batch by batch) and returns how many were written.
     *
     * @param written told the running count after each batch, so a failure can say exactly what was written
     */
    public int write(String table, List<Map<String, AttributeValue>> items, IntConsumer written) {
        return send(table, items.stream()
                .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                .toList(), written);
    }

    /**
     * Deletes the items with these keys (in order, batch by batch) and returns how many were deleted.
     *
     * @param deleted told the running count after each batch
     */
    public int delete(String table, List<Map<String, AttributeValue>> keys, IntConsumer deleted) {
        return send(table, keys.stream()
                .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build())
                .toList(), deleted);
    }

    private int send(String table, List<WriteRequest> requests, IntConsumer done) {
        for (int from = 0; from < requests.size(); from += MAX_PER_REQUEST) {
            int to = Math.min(requests.size(), from + MAX_PER_REQUEST);
            writeBatch(table, requests.subList(from, to));
            done.accept(to);
        }
        return requests.size();
    }

    private void writeBatch(String table, List<WriteRequest> batch) {
        List<WriteRequest> pending = new ArrayList<>(batch);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                throw new UserInputException(pending.size() + " items of table " + table + " were still unprocessed after "
                        + MAX_ATTEMPTS + " tries (the table is throttling): raise its write capacity and try again.");
            }
            if (attempt > 1) {
                backOff(attempt);
            }
            List<WriteRequest> sending = pending;
            BatchWriteItemResponse response = SdkErrors.translate(
                    () -> dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, sending))), "table " + table);
            pending = new ArrayList<>(response.unprocessedItems().getOrDefault(table, List.of()));
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(FIRST_BACKOFF_MILLIS << Math.min(attempt - 2, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a batch", e);
        }
    }
}
