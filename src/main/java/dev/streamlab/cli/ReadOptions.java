package dev.streamlab.cli;

import dev.streamlab.data.ItemPageRequest;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What scan and query share: table, index, filter, projection, paging. */
final class ReadOptions {

    @Mixin
    TableOptions table;

    @Option(names = {"--index", "--index-name"}, paramLabel = "NAME", description = "Read a global or local secondary index.")
    String index;

    @Option(names = {"--filter", "--filter-expression"}, paramLabel = "EXPR", description = "Filter expression, applied after reading.")
    String filter;

    @Option(names = {"--projection", "--projection-expression"}, paramLabel = "EXPR", description = "Attributes to return, e.g. 'pk, message'.")
    String projection;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    long maxItems = Long.MAX_VALUE;

    int pageSize = ItemPageRequest.DEFAULT_PAGE_SIZE;

    @Option(names = "--start-key", paramLabel = "JSON", description = "Continue after this LastEvaluatedKey.")
    String startKey;

    @Mixin
    FormatOptions format;

    @Mixin
    ExpressionOptions expressions;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N items (default: all).")
    void limit(long n) {
        maxItems = atLeastOne(n, "--limit");
    }

    @Option(names = "--page-size", paramLabel = "N", description = "Items per request (default: 100).")
    void pageSize(int n) {
        pageSize = (int) atLeastOne(n, "--page-size");
    }

    ItemPageRequest request(Optional<String> keyCondition, boolean descending) {
        Optional<Map<String, AttributeValue>> start = Optional.ofNullable(startKey)
                .map(key -> JsonArguments.item(key, "--start-key", format.plain));
        return new ItemPageRequest(table.name(), Optional.ofNullable(index), keyCondition, Optional.ofNullable(filter),
                Optional.ofNullable(projection), expressions.expressions(format), descending, pageSize, start);
    }

    private long atLeastOne(long n, String option) {
        if (n < 1) {
            throw new ParameterException(command.commandLine(), option + " must be 1 or more, not " + n + ".");
        }
        return n;
    }
}
