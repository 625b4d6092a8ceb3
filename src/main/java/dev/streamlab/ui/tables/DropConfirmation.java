package dev.streamlab.ui.tables;

/**
 * What the user must confirm before a table is dropped. Locally a yes is enough; on AWS the user types the table's
 * name, so that a slip of the mouse never deletes real data.
 *
 * @param itemCount e.g. "12 items" or "~12 items"; empty while the table is not described yet
 */
public record DropConfirmation(String table, String itemCount, boolean requiresTypedName) {

    static DropConfirmation of(String table, TableSummary summary, boolean aws) {
        return new DropConfirmation(table, summary == null ? "" : summary.itemCount(), aws);
    }

    /** @param typedName what the user typed, or null where no name is asked for */
    public boolean accepts(String typedName) {
        return !requiresTypedName || table.equals(typedName);
    }

    public String question() {
        return "Drop table " + table + "?";
    }

    /** What is lost, and on AWS what to do to confirm. */
    public String consequence() {
        String lost = "The table and its " + (itemCount.isEmpty() ? "items" : itemCount) + " are deleted";
        return requiresTypedName ? lost + " from AWS for good. Type the table's name to confirm."
                : lost + "; this cannot be undone.";
    }
}
