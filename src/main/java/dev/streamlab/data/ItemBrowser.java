package dev.streamlab.data;

import dev.streamlab.model.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Reads items page by page with scan or query, over a table or an index. */
public final class ItemBrowser {

    /** A sparse filter could make one page read the whole table; past this many requests the page ends early. */
    static final int MAX_REQUESTS_PER_PAGE = 20;

    private final DynamoDbClient dynamo;
    private final TableSchemas schemas;

    public ItemBrowser(DynamoDbClient dynamo, TableSchemas schemas) {
        this.dynamo = dynamo;
        this.schemas = schemas;
    }

    /**
     * Reads one page. DynamoDB applies a filter after its Limit, so a filtered response can be short
     * while more matches remain; this keeps reading (asking only for what is still missing) until the
     * page is full or the data ends.
     */
    public ItemPage page(ItemPageRequest request) {
        check(request);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Optional<Map<String, AttributeValue>> next = request.startKey();
        int requests = 0;
        int scanned = 0;
        Optional<Double> capacity = Optional.empty();
        do {
            Slice slice = read(request, request.pageSize() - items.size(), next);
            items.addAll(slice.items());
            next = slice.next();
            scanned += slice.scanned();
            capacity = add(capacity, slice.capacity());
            requests++;
        } while (next.isPresent() && items.size() < request.pageSize() && requests < MAX_REQUESTS_PER_PAGE);
        return new ItemPage(List.copyOf(items), next, scanned, capacity);
    }

    /**
     * Checks a request against the table before anything is read: table name, index, start key and
     * expression placeholders. Callers that print as they read call it first, so a mistake prints nothing.
     */
    public void check(ItemPageRequest request) {
        if (request.pageSize() < 1) {
            throw new UserInputException("The page size is " + request.pageSize() + ": give 1 or more.");
        }
        TableInfo table = schemas.of(request.table());
        table.keyOf(request.index());
        request.startKey().ifPresent(key -> KeyCheck.requireKeyAttributes(table, key, "The start key"));
        request.expressions().requireMatching(request.keyCondition().orElse(null), request.filter().orElse(null),
                request.projection().orElse(null));
    }

    /**
     * Reads pages in order and hands each item on, until {@code maxItems} were handed on or the data
     * ends. Returns the key to continue from when items remain.
     */
    public Optional<Map<String, AttributeValue>> forEach(ItemPageRequest request, long maxItems,
            Consumer<Map<String, AttributeValue>> consumer) {
        long handed = 0;
        ItemPageRequest current = request;
        while (true) {
            int size = (int) Math.min(request.pageSize(), maxItems - handed);
            ItemPage page = page(current.withPageSize(size));
            page.items().forEach(consumer);
            handed += page.items().size();
            if (!page.hasMore() || handed >= maxItems) {
                return page.nextKey();
            }
            current = current.startingAt(page.nextKey());
        }
    }

    private Slice read(ItemPageRequest request, int limit, Optional<Map<String, AttributeValue>> start) {
        String subject = "table " + request.table();
        if (request.isQuery()) {
            QueryResponse response = SdkErrors.translate(() -> dynamo.query(query(request, limit, start)), subject);
            return new Slice(response.items(), lastKey(response.lastEvaluatedKey()), count(response.scannedCount()),
                    units(response.consumedCapacity()));
        }
        ScanResponse response = SdkErrors.translate(() -> dynamo.scan(scan(request, limit, start)), subject);
        return new Slice(response.items(), lastKey(response.lastEvaluatedKey()), count(response.scannedCount()),
                units(response.consumedCapacity()));
    }

    private static QueryRequest query(ItemPageRequest request, int limit, Optional<Map<String, AttributeValue>> start) {
        return QueryRequest.builder()
                .tableName(request.table())
                .indexName(request.index().orElse(null))
                .keyConditionExpression(request.keyCondition().orElseThrow())
                .filterExpression(request.filter().orElse(null))
                .projectionExpression(request.projection().orElse(null))
                .expressionAttributeNames(request.expressions().namesOrNull())
                .expressionAttributeValues(request.expressions().valuesOrNull())
                .scanIndexForward(!request.descending())
                .limit(limit)
                .exclusiveStartKey(start.orElse(null))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
    }

    private static ScanRequest scan(ItemPageRequest request, int limit, Optional<Map<String, AttributeValue>> start) {
        return ScanRequest.builder()
                .tableName(request.table())
                .indexName(request.index().orElse(null))
                .filterExpression(request.filter().orElse(null))
                .projectionExpression(request.projection().orElse(null))
                .expressionAttributeNames(request.expressions().namesOrNull())
                .expressionAttributeValues(request.expressions().valuesOrNull())
                .limit(limit)
                .exclusiveStartKey(start.orElse(null))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
    }

    private static int count(Integer count) {
        return count == null ? 0 : count;
    }

    private static Optional<Double> units(ConsumedCapacity capacity) {
        return capacity == null || capacity.capacityUnits() == null ? Optional.empty()
                : Optional.of(capacity.capacityUnits());
    }

    private static Optional<Double> add(Optional<Double> total, Optional<Double> more) {
        return more.map(units -> total.orElse(0.0) + units).or(() -> total);
    }

    private static Optional<Map<String, AttributeValue>> lastKey(Map<String, AttributeValue> key) {
        return key == null || key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private record Slice(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> next,
            int scanned, Optional<Double> capacity) {
    }
}
