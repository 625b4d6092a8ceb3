package dev.streamlab.ui.tables;

/**
 * What the user must confirm before a table is dropped or emptied. Locally a yes is enough; on AWS the user types
 * the table's name, so that a slip of the mouse never deletes real data.
 *
 * @param itemCount e.g. "12 items" or "~12 items"; empty while the table is not described yet
 */
public record TableConfirmation(Kind kind, String table, String itemCount, boolean requiresTypedName) {

    /** Drop deletes the table; purge deletes its items and keeps the table, its indexes and its stream. */
    public enum Kind { DROP, PURGE }

    static TableConfirmation of(String table, TableSummary summary, boolean aws) {
        return of(Kind.DROP, table, summary, aws);
    }

    static TableConfirmation of(Kind kind, String table, TableSummary summary, boolean aws) {
        return new TableConfirmation(kind, table, summary == null ? "" : summary.itemCount(), aws);
    }

    /** @param typedName what the user typed, or null where no name is asked for */
    public boolean accepts(String typedName) {
        return !requiresTypedName || table.equals(typedName);
    }

    public String title() {
        return kind == Kind.DROP ? "Drop table" : "Purge items";
    }

    /** The confirming button's words. */
    public String verb() {
        return kind == Kind.DROP ? "Drop" : "Purge";
    }

    public String question() {
        return kind == Kind.DROP ? "Drop table " + table + "?" : "Delete every item of " + table + "?";
    }

    /** What is lost, and on AWS what to do to confirm. */
    public String consequence() {
        String items = itemCount.isEmpty() ? "items" : itemCount;
        String lost = kind == Kind.DROP ? "The table and its " + items + " are deleted"
                : "Its " + items + " are deleted, one REMOVE record each; the table, its indexes and its stream stay";
        return requiresTypedName ? lost + (kind == Kind.DROP ? " from AWS for good" : ", on AWS, for good")
                + ". Type the table's name to confirm." : lost + "; this cannot be undone.";
    }
}
