package dev.streamlab.ui.tables;

import dev.streamlab.data.TableInfo;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What the list shows beside a table's name, worded on the background thread that described it.
 *
 * @param streamBadge    the stream's view type, e.g. NEW_IMAGE, or "no stream"
 * @param itemCount      e.g. "12 items"; "~12 items" where DynamoDB only counts every few hours
 * @param itemCountNote  why the count may lag, or empty when it is exact
 */
public record TableSummary(String streamBadge, boolean hasStream, String itemCount, String itemCountNote) {

    static final String AWS_COUNT_NOTE = "DynamoDB updates this count about every six hours";

    public static TableSummary of(TableInfo table, boolean aws) {
        String badge = table.stream().map(TableInfo.StreamInfo::viewType).orElse(TableDetails.NO_STREAM);
        if (!"ACTIVE".equals(table.status())) {
            return new TableSummary(badge, table.stream().isPresent(), table.status().toLowerCase(Locale.ROOT) + "…",
                    "");
        }
        return new TableSummary(badge, table.stream().isPresent(), itemCount(table.itemCount(), aws),
                aws ? AWS_COUNT_NOTE + "." : "");
    }

    /** DescribeTable failed (the error path says why once per refresh); the name stays listed. */
    static TableSummary unavailable() {
        return new TableSummary("", false, "not described", "DescribeTable failed: see the problems in the status bar.");
    }

    /** AWS refreshes ItemCount about every six hours, so its count is marked "~"; DynamoDB Local counts live. */
    static String itemCount(long count, boolean aws) {
        return (aws ? "~" : "") + items(count);
    }

    static String items(long count) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(count) + (count == 1 ? " item" : " items");
    }
}
