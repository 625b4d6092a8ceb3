package dev.streamlab.ui.tables;

import dev.streamlab.data.TableInfo;
import java.util.List;
import java.util.stream.Stream;

/** A table's description, worded for the details panel. */
public record TableDetails(
        String name,
        String status,
        String partitionKey,
        String sortKey,
        List<IndexRow> indexes,
        String stream,
        String streamArn,
        String ttl,
        String items,
        String size) {

    static final String NO_SORT_KEY = "none";
    static final String NO_STREAM = "no stream";
    static final String NO_STREAM_HINT = "no stream — enable one in its table file";
    static final String NO_TTL = "not enabled";

    /** @param aws whether the count is AWS's, refreshed only every few hours, rather than DynamoDB Local's live one */
    public static TableDetails of(TableInfo table, boolean aws) {
        List<IndexRow> indexes = Stream.concat(
                table.globalIndexes().stream().map(index -> IndexRow.of("GSI", index, table)),
                table.localIndexes().stream().map(index -> IndexRow.of("LSI", index, table))).toList();
        return new TableDetails(table.name(), table.status(),
                typed(table, table.key().partitionKey()),
                table.key().sortKey().map(sort -> typed(table, sort)).orElse(NO_SORT_KEY),
                indexes,
                table.stream().map(TableInfo.StreamInfo::viewType).orElse(NO_STREAM_HINT),
                table.stream().map(TableInfo.StreamInfo::arn).orElse("—"),
                table.ttlAttribute().orElse(NO_TTL),
                TableSummary.itemCount(table.itemCount(), aws) + (aws ? " (" + TableSummary.AWS_COUNT_NOTE + ")" : ""),
                Sizes.inWords(table.sizeBytes()));
    }

    /** An attribute with its declared type, e.g. "pk (S)". */
    static String typed(TableInfo table, String attribute) {
        return attribute + " (" + table.typeOf(attribute) + ")";
    }

    /** One secondary index as a row of the indexes table. */
    public record IndexRow(String kind, String name, String key, String projection) {

        static IndexRow of(String kind, TableInfo.IndexInfo index, TableInfo table) {
            String key = typed(table, index.key().partitionKey())
                    + index.key().sortKey().map(sort -> " + " + typed(table, sort)).orElse("");
            return new IndexRow(kind, index.name(), key, index.projection());
        }
    }
}
