package dev.streamlab.cli;

import dev.streamlab.data.ItemPageRequest;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What scan and query share: table, index, filter, projection, paging. */
final class ReadOptions {

    @Parameters(paramLabel = "TABLE", arity = "0..1")
    String table;

    /** The AWS CLI's spelling, so a copied `aws dynamodb query` command runs here unchanged. */
    @Option(names = "--table-name", paramLabel = "TABLE", description = "The table, as the AWS CLI names it.")
    String tableName;

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
        return new ItemPageRequest(table(), Optional.ofNullable(index), keyCondition, Optional.ofNullable(filter),
                Optional.ofNullable(projection), expressions.expressions(format), descending, pageSize, start);
    }

    private String table() {
        if (table != null && tableName != null && !table.equals(tableName)) {
            throw new ParameterException(command.commandLine(), "Two tables are named, " + table + " and --table-name "
                    + tableName + ": give one.");
        }
        if (table == null && tableName == null) {
            throw new ParameterException(command.commandLine(), "No table is named: give TABLE (or --table-name).");
        }
        return table != null ? table : tableName;
    }

    private long atLeastOne(long n, String option) {
        if (n < 1) {
            throw new ParameterException(command.commandLine(), option + " must be 1 or more, not " + n + ".");
        }
        return n;
    }
}
