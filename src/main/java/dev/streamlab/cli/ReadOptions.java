package dev.streamlab.cli;

import dev.streamlab.data.ItemPageRequest;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What scan and query share: table, index, filter, projection, paging. */
final class ReadOptions {

    @Parameters(paramLabel = "TABLE")
    String table;

    @Option(names = "--index", paramLabel = "NAME", description = "Read a global or local secondary index.")
    String index;

    @Option(names = "--filter", paramLabel = "EXPR", description = "Filter expression, applied after reading.")
    String filter;

    @Option(names = "--projection", paramLabel = "EXPR", description = "Attributes to return, e.g. 'pk, message'.")
    String projection;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N items (default: all).")
    Long limit;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Items per request (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--start-key", paramLabel = "JSON", description = "Continue after this LastEvaluatedKey.")
    String startKey;

    @Mixin
    ExpressionOptions expressions;

    ItemPageRequest request(Optional<String> keyCondition, boolean descending) {
        Optional<Map<String, AttributeValue>> start = Optional.ofNullable(startKey)
                .map(key -> JsonArguments.item(key, "--start-key", expressions.plain));
        return new ItemPageRequest(table, Optional.ofNullable(index), keyCondition, Optional.ofNullable(filter),
                Optional.ofNullable(projection), expressions.expressions(), descending, Math.max(1, pageSize), start);
    }

    long maxItems() {
        return limit == null ? Long.MAX_VALUE : limit;
    }
}
