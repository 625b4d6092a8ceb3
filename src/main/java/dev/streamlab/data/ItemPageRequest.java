package dev.streamlab.data;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a scan (no key condition) or a query (with one), over a table or one of its indexes.
 *
 * @param pageSize  how many items a page holds at most
 * @param startKey  where to continue: the previous page's {@link ItemPage#nextKey()}
 */
public record ItemPageRequest(
        String table,
        Optional<String> index,
        Optional<String> keyCondition,
        Optional<String> filter,
        Optional<String> projection,
        Expressions expressions,
        boolean descending,
        int pageSize,
        Optional<Map<String, AttributeValue>> startKey) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public static ItemPageRequest scan(String table) {
        return new ItemPageRequest(table, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Expressions.none(), false, DEFAULT_PAGE_SIZE, Optional.empty());
    }

    public boolean isQuery() {
        return keyCondition.isPresent();
    }

    public ItemPageRequest startingAt(Optional<Map<String, AttributeValue>> key) {
        return new ItemPageRequest(table, index, keyCondition, filter, projection, expressions, descending, pageSize,
                key);
    }

    public ItemPageRequest withPageSize(int size) {
        return new ItemPageRequest(table, index, keyCondition, filter, projection, expressions, descending, size,
                startKey);
    }
}
