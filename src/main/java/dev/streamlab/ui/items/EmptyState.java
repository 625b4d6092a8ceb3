package dev.streamlab.ui.items;

import dev.streamlab.data.ItemPageRequest;

/**
 * What the items table says while it shows no rows, and what to do about it.
 *
 * @param table      the selected table's name, or null
 * @param described  the table's keys are known
 * @param describing they are being read
 * @param more       the read stopped (Cancel) before its end
 * @param read       the scan or query the (empty) rows came from; null for a PartiQL statement
 */
record EmptyState(boolean connected, String table, boolean described, boolean describing, boolean reading,
        boolean failed, boolean more, ItemPageRequest read) {

    String sentence() {
        if (!connected) {
            return "Not connected yet.";
        }
        if (table == null) {
            return "No table selected: pick one in the list on the left.";
        }
        if (!described) {
            return describing ? "Reading " + table + "…" : "Table " + table + " could not be read: see the problem in"
                    + " the status bar, then Refresh (F5).";
        }
        if (reading) {
            return "Reading…";
        }
        if (failed) {
            return "The read failed: see the problem in the status bar, change the read, then Run.";
        }
        if (more) {
            return "No items found yet: Load more reads on from where the read stopped.";
        }
        if (read == null) {
            return "The statement returned no items: change it, then Run.";
        }
        if (!read.isQuery() && read.filter().isEmpty()) {
            return read.index().map(index -> "Index " + index + " holds no items: only items with its key attributes"
                    + " are in it.").orElse("Table " + table + " is empty: New item (Ctrl+N) adds one.");
        }
        return "No items match: change the key condition or the filter, then Run.";
    }
}
